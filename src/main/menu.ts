// Main process: the native application menu, built from core/commands.ts.
//
// App commands are not performed here: each item sends its MenuCommand to the focused
// window and the renderer acts, exactly as it does for the web shell's shortcuts.
import type { MenuItemConstructorOptions } from 'electron';
import { commandSpec } from '@core/commands';
import type { MenuCommand, RecentDocument } from '@core/host';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Packaged builds have no developer tools item. */
  isPackaged: boolean;
  send(command: MenuCommand): void;
  /** File › Open Recent: the library's recently opened documents, most recent first. */
  recent?: readonly RecentDocument[];
  /** A document chosen in File › Open Recent. */
  openRecent?(documentId: string): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** A title as a menu label: one line, not too wide, and an & that is not a mnemonic on Windows. */
function menuLabel(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim();
  const short = line.length > 60 ? `${line.slice(0, 59)}…` : line;
  return short.replace(/&/g, '&&');
}

function openRecentMenu(options: MenuOptions): MenuItemConstructorOptions {
  const recent = options.recent ?? [];
  const items: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No Recent Documents', enabled: false }]
      : recent.map((document) => ({ id: `recent:${document.id}`, label: menuLabel(document.title), click: () => options.openRecent?.(document.id) }));
  return {
    label: 'Open Recent',
    submenu: [...items, separator, { ...commandItem('file.clearRecent', options.send), enabled: recent.length > 0 }],
  };
}

function commandItem(id: MenuCommand, send: (command: MenuCommand) => void, label?: string): MenuItemConstructorOptions {
  const spec = commandSpec(id);
  return {
    id,
    label: label ?? spec.label,
    ...(spec.accelerator ? { accelerator: spec.accelerator } : {}),
    click: () => send(id),
  };
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { send, appName } = options;
  const isMac = options.platform === 'darwin';
  const about = commandItem('help.about', send, `About ${appName}`);

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      commandItem('file.import', send),
      openRecentMenu(options),
      commandItem('file.newFromClipboard', send),
      commandItem('file.rename', send),
      commandItem('file.moveToTrash', send),
      separator,
      commandItem('file.exportAnnotations', send),
      commandItem('file.exportAnnotatedHtml', send),
      commandItem('file.exportReviewReport', send),
      commandItem('file.exportReviewCsv', send),
      commandItem('file.importAnnotations', send),
      separator,
      commandItem('file.addSource', send),
      commandItem('file.exportBilingual', send),
      commandItem('file.exportTmx', send),
      commandItem('file.exportMqmTsv', send),
      separator,
      commandItem('file.exportTrackedDocx', send),
      commandItem('file.exportCorrectedDocx', send),
      commandItem('file.exportCorrectedTxt', send),
      commandItem('file.exportCorrectedMd', send),
      commandItem('file.exportCorrectedHtml', send),
      separator,
      commandItem('file.exportLibrary', send),
      commandItem('file.restoreBackup', send),
      separator,
      // macOS quits from the app menu; File ends with Close Window there.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // Not roles: the Lexical editor owns its undo history, and a role would run
      // Chromium's document-level undo underneath it.
      commandItem('edit.undo', send),
      commandItem('edit.redo', send),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      commandItem('edit.find', send),
      commandItem('edit.replace', send),
      commandItem('edit.findNext', send),
      commandItem('edit.findPrevious', send),
    ],
  };

  const annotateMenu: MenuItemConstructorOptions = {
    label: 'Annotate',
    submenu: [
      commandItem('annotate.term', send),
      commandItem('annotate.flag', send),
      commandItem('annotate.note', send),
      commandItem('annotate.query', send),
      separator,
      commandItem('annotate.addToGlossary', send),
      commandItem('annotate.goToCard', send),
      commandItem('annotate.focusToolbar', send),
    ],
  };

  const reviewMenu: MenuItemConstructorOptions = {
    label: 'Review',
    submenu: [
      commandItem('review.togglePanel', send),
      commandItem('review.runChecks', send),
      separator,
      commandItem('review.next', send),
      commandItem('review.previous', send),
      separator,
      commandItem('review.markReviewed', send),
      commandItem('review.reviewedUpToHere', send),
      commandItem('review.showUnreviewedOnly', send),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      commandItem('view.toggleLibrary', send),
      commandItem('view.focusLibrarySearch', send),
      commandItem('view.toggleAnnotationsPanel', send),
      commandItem('view.toggleChangesPanel', send),
      commandItem('view.glossary', send),
      commandItem('view.toggleTermHighlights', send),
      commandItem('view.toggleSource', send),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(options.isPackaged ? [] : [separator, { role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    // On macOS About lives in the app menu.
    submenu: isMac ? [commandItem('help.shortcuts', send)] : [commandItem('help.shortcuts', send), separator, about],
  };

  return [
    ...(isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    annotateMenu,
    reviewMenu,
    viewMenu,
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    helpMenu,
  ];
}
