/**
 * The one table of app commands: label, menu, shortcut. Read by main's native menu,
 * by the web shell's keyboard handler (renderer host/web-host.ts) and by the README's
 * shortcut list, so a shortcut cannot differ between the desktop app and the browser.
 *
 * Accelerators use Electron's syntax ("CmdOrCtrl+Shift+F"). Choices, and why:
 * - Nothing here may shadow text editing (Ctrl/Cmd + Z Y X C V A B I U; Ctrl/Alt/Cmd +
 *   Backspace, which delete a word or a line) or keys a browser keeps for itself and a
 *   page cannot intercept (Ctrl+N, Ctrl+T, Ctrl+W, Ctrl+Shift+N, Ctrl+Shift+T, Ctrl+Tab).
 *   commands.test.ts checks each of them.
 * - Move to Trash is CmdOrCtrl+Shift+Backspace, not CmdOrCtrl+Backspace: the latter
 *   deletes a word (Windows, Linux) or to the start of the line (macOS) while typing,
 *   and a native menu accelerator would win over the editor.
 * - Keyboard Shortcuts is CmdOrCtrl+/ rather than F1: on Mac keyboards F1 is a media
 *   key (it needs Fn), and Ctrl+/ is where Google Docs and Gmail put their shortcut list.
 * - Annotate uses CmdOrCtrl+Alt with a mnemonic letter (M for a comment, as in Word and
 *   Google Docs; G for a glossary term; F for a flag; Q for a query). Not T: Ctrl+Alt+T
 *   opens a terminal on Ubuntu before any app sees it. Where Ctrl+Alt is AltGr (German
 *   AltGr+Q types @) the event's key is the typed character, so typing is not hijacked.
 * - Undo and Redo are in the table (the native Edit menu shows them) but marked
 *   `handledByEditor`: in the browser the Lexical editor already owns its history keys,
 *   so the web shell's keyboard handler must not match them a second time.
 */
type MenuName = 'File' | 'Edit' | 'Annotate' | 'Review' | 'View' | 'Help';
export type KeyPlatform = 'mac' | 'other';

interface CommandSpec<Id extends string = MenuCommand> {
  readonly id: Id;
  readonly label: string;
  readonly menu: MenuName;
  /** Electron accelerator syntax, or null for menu-only commands. */
  readonly accelerator: string | null;
  /** True when the focused editor handles the keys itself (the web shell must not). */
  readonly handledByEditor: boolean;
}

/** The subset of a KeyboardEvent the matcher needs, so core stays free of the DOM. */
export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** Physical key ("KeyV"). Used when Option (macOS) or a non-Latin layout changes `key`. */
  code?: string;
}

const command = <const Id extends string>(
  id: Id,
  label: string,
  menu: MenuName,
  accelerator: string | null,
  handledByEditor = false,
): CommandSpec<Id> => ({ id, label, menu, accelerator, handledByEditor });

/**
 * In menu order. This table is where a command is declared, and the only place: its id
 * type (MenuCommand), the IPC schema (core/host.ts), the native menu, the web shell's keys
 * and the shortcut list all come from it. The code that owns a command's behaviour
 * registers its handler (renderer src/commands); nothing switches over these ids.
 */
export const COMMANDS = [
  command('file.import', 'Import…', 'File', 'CmdOrCtrl+O'),
  // The last entry of File › Open Recent (desktop); the list itself comes from the library.
  command('file.clearRecent', 'Clear Menu', 'File', null),
  command('file.newFromClipboard', 'New from Clipboard', 'File', 'CmdOrCtrl+Alt+V'),
  command('file.rename', 'Rename…', 'File', 'F2'),
  command('file.moveToTrash', 'Move to Trash', 'File', 'CmdOrCtrl+Shift+Backspace'),
  command('file.exportAnnotations', 'Export Annotations (Web Annotation JSON-LD)…', 'File', null),
  command('file.exportAnnotatedHtml', 'Export Annotated Article (HTML)…', 'File', null),
  command('file.exportReviewReport', 'Export Review Report (HTML)…', 'File', null),
  command('file.exportReviewCsv', 'Export Review Report (CSV)…', 'File', null),
  command('file.exportBilingual', 'Export Bilingual File (XLIFF)…', 'File', null),
  command('file.exportTmx', 'Export Translation Memory (TMX)…', 'File', null),
  command('file.exportMqmTsv', 'Export MQM Annotations (TSV)…', 'File', null),
  command('file.exportTrackedDocx', 'Export Word Document with Tracked Changes and Comments…', 'File', null),
  command('file.exportCorrectedDocx', 'Export Corrected Text (Word)…', 'File', null),
  command('file.exportCorrectedTxt', 'Export Corrected Text (Plain Text)…', 'File', null),
  command('file.exportCorrectedMd', 'Export Corrected Text (Markdown)…', 'File', null),
  command('file.exportCorrectedHtml', 'Export Corrected Text (HTML)…', 'File', null),
  command('file.importAnnotations', 'Import Annotations (Web Annotation JSON-LD)…', 'File', null),
  command('file.addSource', 'Add Source…', 'File', null),
  command('file.exportLibrary', 'Export Library…', 'File', null),
  command('file.restoreBackup', 'Restore from Backup…', 'File', null),
  command('edit.undo', 'Undo', 'Edit', 'CmdOrCtrl+Z', true),
  command('edit.redo', 'Redo', 'Edit', 'CmdOrCtrl+Shift+Z', true),
  // Ctrl+H, not Cmd+H, on macOS too: Cmd+H hides the app there, and Word for Mac uses Ctrl+H for Replace.
  command('edit.find', 'Find…', 'Edit', 'CmdOrCtrl+F'),
  command('edit.replace', 'Replace…', 'Edit', 'Ctrl+H'),
  command('edit.findNext', 'Find Next', 'Edit', 'F3'),
  command('edit.findPrevious', 'Find Previous', 'Edit', 'Shift+F3'),
  command('annotate.term', 'Mark Term', 'Annotate', 'CmdOrCtrl+Alt+G'),
  command('annotate.flag', 'Flag Error', 'Annotate', 'CmdOrCtrl+Alt+F'),
  command('annotate.note', 'Add Note', 'Annotate', 'CmdOrCtrl+Alt+M'),
  command('annotate.query', 'Add Query', 'Annotate', 'CmdOrCtrl+Alt+Q'),
  command('annotate.addToGlossary', 'Add Term to Glossary', 'Annotate', null),
  // K for card (not C: Polish AltGr+C types ć); Esc in the card goes back to the words.
  command('annotate.goToCard', 'Go to Card', 'Annotate', 'CmdOrCtrl+Alt+K'),
  // Alt+F10 reaches a toolbar from the text in Office and TinyMCE.
  command('annotate.focusToolbar', 'Focus Annotation Toolbar', 'Annotate', 'Alt+F10'),
  // F7 runs the checks as it runs spelling in Word; F8 walks the queue as in code review tools.
  command('review.togglePanel', 'Review Panel', 'Review', 'CmdOrCtrl+Alt+R'),
  command('review.runChecks', 'Run Checks', 'Review', 'F7'),
  command('review.next', 'Next Item', 'Review', 'F8'),
  command('review.previous', 'Previous Item', 'Review', 'Shift+F8'),
  // Ctrl+Enter confirms a segment in Trados and memoQ: here it marks the paragraph reviewed and moves on.
  command('review.markReviewed', 'Mark Reviewed', 'Review', 'CmdOrCtrl+Enter'),
  command('review.reviewedUpToHere', 'Reviewed up to Here', 'Review', 'CmdOrCtrl+Shift+Enter'),
  command('review.showUnreviewedOnly', 'Show Only What Is Not Reviewed', 'Review', null),
  command('view.toggleLibrary', 'Toggle Library', 'View', 'CmdOrCtrl+\\'),
  command('view.focusLibrarySearch', 'Focus Library Search', 'View', 'CmdOrCtrl+Shift+F'),
  command('view.toggleAnnotationsPanel', 'Annotations Panel', 'View', 'CmdOrCtrl+Shift+L'),
  // Ctrl+Shift+E is Word's Track Changes key: here it shows the changes against the text as imported.
  command('view.toggleChangesPanel', 'Changes Panel', 'View', 'CmdOrCtrl+Shift+E'),
  command('view.glossary', 'Glossary', 'View', 'CmdOrCtrl+Shift+G'),
  command('view.toggleTermHighlights', 'Term Highlights', 'View', 'CmdOrCtrl+Alt+H'),
  // B for bilingual (not S: Polish AltGr+S types ś); bilingual documents only.
  command('view.toggleSource', 'Source Column', 'View', 'CmdOrCtrl+Alt+B'),
  command('help.shortcuts', 'Keyboard Shortcuts', 'Help', 'CmdOrCtrl+/'),
  command('help.about', 'About Glossa', 'Help', null),
] as const;

/** A command's id: one of the ids of the table above. */
export type MenuCommand = (typeof COMMANDS)[number]['id'];

/** Every id, in menu order (a tuple, for the IPC schema). */
export const COMMAND_IDS = COMMANDS.map((spec) => spec.id) as [MenuCommand, ...MenuCommand[]];

export function commandSpec(id: MenuCommand): CommandSpec {
  const spec: CommandSpec | undefined = COMMANDS.find((candidate) => candidate.id === id);
  if (!spec) throw new Error(`No command spec for ${id}`);
  return spec;
}

interface ParsedAccelerator {
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
  /** The key as KeyboardEvent.key reports it, lower-cased when it is one character. */
  key: string;
}

// Electron key names that differ from KeyboardEvent.key.
const KEY_ALIASES: Record<string, string> = {
  plus: '+',
  space: ' ',
  return: 'Enter',
  enter: 'Enter',
  esc: 'Escape',
  escape: 'Escape',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  backspace: 'Backspace',
  delete: 'Delete',
  tab: 'Tab',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  insert: 'Insert',
};

function normaliseKey(key: string): string {
  if (key.length === 1) return key.toLowerCase();
  const alias = KEY_ALIASES[key.toLowerCase()];
  if (alias) return alias;
  if (/^f\d{1,2}$/i.test(key)) return key.toUpperCase();
  return key;
}

/** Parse an Electron accelerator for one platform; null if it is not valid. */
export function parseAccelerator(accelerator: string, platform: KeyPlatform): ParsedAccelerator | null {
  const parts = accelerator.split('+');
  const keyPart = parts.pop();
  if (!keyPart) return null;
  const parsed: ParsedAccelerator = { ctrl: false, meta: false, shift: false, alt: false, key: normaliseKey(keyPart) };
  for (const part of parts) {
    switch (part.toLowerCase()) {
      case 'cmdorctrl':
      case 'commandorcontrol':
        if (platform === 'mac') parsed.meta = true;
        else parsed.ctrl = true;
        break;
      case 'cmd':
      case 'command':
      case 'super':
      case 'meta':
        parsed.meta = true;
        break;
      case 'ctrl':
      case 'control':
        parsed.ctrl = true;
        break;
      case 'alt':
      case 'option':
      case 'altgr':
        parsed.alt = true;
        break;
      case 'shift':
        parsed.shift = true;
        break;
      default:
        return null;
    }
  }
  return parsed;
}

/** The letter or digit a physical key carries on a US layout ("KeyV" → "v"), else null. */
function latinKeyFromCode(code: string | undefined): string | null {
  const match = code ? /^(?:Key([A-Z])|Digit([0-9]))$/.exec(code) : null;
  if (!match) return null;
  return (match[1] ?? match[2] ?? '').toLowerCase();
}

/**
 * Does this key event press this accelerator? Modifiers must match exactly, so
 * Ctrl+Shift+Z never fires Ctrl+Z. Letters compare case-insensitively because Shift
 * (or Caps Lock) upper-cases event.key. When the key typed is not ASCII, the physical
 * key of a letter or digit is accepted too, as browsers do for their own shortcuts:
 * Option+V reports "√" on a Mac and Ctrl+O reports "щ" on a Russian layout.
 */
export function matchesAccelerator(accelerator: string, event: KeyEventLike, platform: KeyPlatform): boolean {
  const parsed = parseAccelerator(accelerator, platform);
  if (!parsed) return false;
  const modifiersMatch =
    parsed.ctrl === event.ctrlKey &&
    parsed.meta === event.metaKey &&
    parsed.shift === event.shiftKey &&
    parsed.alt === event.altKey;
  if (!modifiersMatch) return false;
  if (parsed.key === normaliseKey(event.key)) return true;
  // Only when the key itself is not ASCII: on Dvorak or AZERTY the physical key of a
  // US letter types another ASCII letter, and that letter is what the user meant.
  const notAscii = event.key === 'Dead' || (event.key.length === 1 && event.key.charCodeAt(0) > 0x7f);
  return notAscii && parsed.key === latinKeyFromCode(event.code);
}

/** The command a key press means in the web shell, or null (editor-owned keys excluded). */
export function commandForKeyEvent(event: KeyEventLike, platform: KeyPlatform): MenuCommand | null {
  for (const spec of COMMANDS) {
    if (spec.handledByEditor || spec.accelerator === null) continue;
    if (matchesAccelerator(spec.accelerator, event, platform)) return spec.id;
  }
  return null;
}

const MAC_SYMBOLS = { ctrl: '⌃', alt: '⌥', shift: '⇧', meta: '⌘' } as const;
const KEY_LABELS: Record<string, string> = {
  ' ': 'Space',
  Backspace: 'Backspace',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** How to show an accelerator to people: "Ctrl+Shift+F" or "⇧⌘F". */
export function formatAccelerator(accelerator: string, platform: KeyPlatform): string {
  const parsed = parseAccelerator(accelerator, platform);
  if (!parsed) return accelerator;
  const key = KEY_LABELS[parsed.key] ?? (parsed.key.length === 1 ? parsed.key.toUpperCase() : parsed.key);
  if (platform === 'mac') {
    const keyLabel = parsed.key === 'Backspace' ? '⌫' : key;
    // Apple's order: Control, Option, Shift, Command.
    return [
      parsed.ctrl ? MAC_SYMBOLS.ctrl : '',
      parsed.alt ? MAC_SYMBOLS.alt : '',
      parsed.shift ? MAC_SYMBOLS.shift : '',
      parsed.meta ? MAC_SYMBOLS.meta : '',
      keyLabel,
    ].join('');
  }
  return [parsed.ctrl ? 'Ctrl' : '', parsed.meta ? 'Super' : '', parsed.alt ? 'Alt' : '', parsed.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+');
}
