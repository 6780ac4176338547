import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from './host';
import {
  COMMANDS,
  commandForKeyEvent,
  commandSpec,
  formatAccelerator,
  matchesAccelerator,
  parseAccelerator,
  type KeyEventLike,
  type KeyPlatform,
} from './commands';

const platforms: KeyPlatform[] = ['mac', 'other'];

function press(key: string, modifiers: Partial<Omit<KeyEventLike, 'key'>> = {}): KeyEventLike {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

/** The primary modifier a user holds on each platform. */
function primary(platform: KeyPlatform): Partial<KeyEventLike> {
  return platform === 'mac' ? { metaKey: true } : { ctrlKey: true };
}

describe('the command table', () => {
  it('lists every MenuCommand exactly once', () => {
    expect(COMMANDS.map((spec) => spec.id).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('gives every command a label and a menu', () => {
    for (const spec of COMMANDS) {
      expect(spec.label.length).toBeGreaterThan(0);
      expect(['File', 'Edit', 'Annotate', 'Review', 'View', 'Help']).toContain(spec.menu);
    }
  });

  it('uses only accelerators that parse, and no two commands share one', () => {
    for (const platform of platforms) {
      const seen = new Set<string>();
      for (const spec of COMMANDS) {
        if (spec.accelerator === null) continue;
        const parsed = parseAccelerator(spec.accelerator, platform);
        expect(parsed, spec.accelerator).not.toBeNull();
        const key = JSON.stringify(parsed);
        expect(seen.has(key), `${spec.accelerator} on ${platform}`).toBe(false);
        seen.add(key);
      }
    }
  });

  it('marks undo and redo as the editor’s own keys, and nothing else', () => {
    expect(COMMANDS.filter((spec) => spec.handledByEditor).map((spec) => spec.id)).toEqual(['edit.undo', 'edit.redo']);
    expect(commandSpec('edit.undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(commandSpec('edit.redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('has no shortcut for About', () => {
    expect(commandSpec('help.about').accelerator).toBeNull();
  });
});

describe('shortcuts never clash with text editing or browser-reserved keys', () => {
  const editingLetters = ['z', 'y', 'x', 'c', 'v', 'a', 'b', 'i', 'u'];
  const reserved: Array<[string, Partial<KeyEventLike>]> = [
    ['n', {}],
    ['t', {}],
    ['w', {}],
    ['N', { shiftKey: true }],
    ['T', { shiftKey: true }],
    ['Tab', {}],
    // Chromium's tab search, developer tools, bookmarks bar and manager, clear browsing data.
    ['A', { shiftKey: true }],
    ['J', { shiftKey: true }],
    ['I', { shiftKey: true }],
    ['C', { shiftKey: true }],
    ['B', { shiftKey: true }],
    ['O', { shiftKey: true }],
    ['Delete', { shiftKey: true }],
  ];

  for (const platform of platforms) {
    it(`leaves Ctrl/Cmd + ${editingLetters.join(' ')} to the editor on ${platform}`, () => {
      for (const letter of editingLetters) {
        expect(commandForKeyEvent(press(letter, primary(platform)), platform), letter).toBeNull();
        expect(commandForKeyEvent(press(letter, { ctrlKey: true }), platform), `Ctrl+${letter}`).toBeNull();
      }
      // Redo as Ctrl+Shift+Z and paste as plain text (Ctrl+Shift+V) also belong to the editor.
      expect(commandForKeyEvent(press('Z', { ...primary(platform), shiftKey: true }), platform)).toBeNull();
      expect(commandForKeyEvent(press('V', { ...primary(platform), shiftKey: true }), platform)).toBeNull();
    });

    it(`leaves AltGr letters of Polish (ą ć ę ł ń ó ś ź ż) to typing on ${platform}`, () => {
      // On Windows AltGr arrives as Ctrl+Alt; a non-ASCII key falls back to its physical key.
      const altGr = { ctrlKey: true, altKey: true };
      for (const [letter, typed] of [['a', 'ą'], ['c', 'ć'], ['e', 'ę'], ['l', 'ł'], ['n', 'ń'], ['o', 'ó'], ['s', 'ś'], ['x', 'ź'], ['z', 'ż']] as const) {
        expect(commandForKeyEvent({ ...press(typed, altGr), code: `Key${letter.toUpperCase()}` }, 'other'), typed).toBeNull();
      }
    });

    it(`leaves word and line deletion alone on ${platform}`, () => {
      for (const modifiers of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }, {}]) {
        expect(commandForKeyEvent(press('Backspace', modifiers), platform)).toBeNull();
        expect(commandForKeyEvent(press('Delete', modifiers), platform)).toBeNull();
      }
    });

    it(`does not use keys the browser keeps for itself on ${platform}`, () => {
      for (const [key, modifiers] of reserved) {
        expect(commandForKeyEvent(press(key, { ...primary(platform), ...modifiers }), platform), key).toBeNull();
        expect(commandForKeyEvent(press(key, { ctrlKey: true, ...modifiers }), platform), key).toBeNull();
      }
    });
  }
});

describe('matchesAccelerator', () => {
  it('maps CmdOrCtrl to Command on macOS and to Control elsewhere', () => {
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', { metaKey: true }), 'mac')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', { ctrlKey: true }), 'mac')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', { ctrlKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', { metaKey: true }), 'other')).toBe(false);
  });

  it('requires the exact set of modifiers', () => {
    expect(matchesAccelerator('CmdOrCtrl+Z', press('Z', { ctrlKey: true, shiftKey: true }), 'other')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+F', press('F', { ctrlKey: true, shiftKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Shift+F', press('f', { ctrlKey: true }), 'other')).toBe(false);
    expect(matchesAccelerator('F2', press('F2', { altKey: true }), 'other')).toBe(false);
    expect(matchesAccelerator('F2', press('F2'), 'other')).toBe(true);
  });

  it('ignores the case of letters (Caps Lock)', () => {
    expect(matchesAccelerator('CmdOrCtrl+O', press('O', { ctrlKey: true }), 'other')).toBe(true);
  });

  it('understands Electron key names', () => {
    expect(matchesAccelerator('CmdOrCtrl+Plus', press('+', { ctrlKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('Esc', press('Escape'), 'other')).toBe(true);
    expect(matchesAccelerator('Alt+Up', press('ArrowUp', { altKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+\\', press('\\', { ctrlKey: true }), 'other')).toBe(true);
  });

  it('falls back to the physical key only when the typed key is not ASCII', () => {
    // Option+V on a Mac types "√"; Ctrl+O on a Russian layout types "щ".
    expect(matchesAccelerator('CmdOrCtrl+Alt+V', press('√', { metaKey: true, altKey: true, code: 'KeyV' }), 'mac')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+O', press('щ', { ctrlKey: true, code: 'KeyJ' }), 'other')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+O', press('щ', { ctrlKey: true, code: 'KeyO' }), 'other')).toBe(true);
    // On Dvorak the key at the US "O" position types "r": Ctrl+R must stay Ctrl+R.
    expect(matchesAccelerator('CmdOrCtrl+O', press('r', { ctrlKey: true, code: 'KeyO' }), 'other')).toBe(false);
  });

  it('rejects accelerators it cannot parse', () => {
    expect(parseAccelerator('Hyper+O', 'other')).toBeNull();
    expect(matchesAccelerator('Hyper+O', press('o'), 'other')).toBe(false);
  });
});

describe('commandForKeyEvent', () => {
  const cases: Array<[string, Partial<KeyEventLike>, string]> = [
    ['o', {}, 'file.import'],
    ['v', { altKey: true }, 'file.newFromClipboard'],
    ['Backspace', { shiftKey: true }, 'file.moveToTrash'],
    ['\\', {}, 'view.toggleLibrary'],
    ['F', { shiftKey: true }, 'view.focusLibrarySearch'],
    ['/', {}, 'help.shortcuts'],
  ];

  for (const platform of platforms) {
    it(`finds each command from its shortcut on ${platform}`, () => {
      for (const [key, modifiers, expected] of cases) {
        expect(commandForKeyEvent(press(key, { ...primary(platform), ...modifiers }), platform)).toBe(expected);
      }
      expect(commandForKeyEvent(press('F2'), platform)).toBe('file.rename');
    });
  }

  it('does not match undo or redo, which the editor handles', () => {
    expect(commandForKeyEvent(press('z', { ctrlKey: true }), 'other')).toBeNull();
    expect(commandForKeyEvent(press('Z', { metaKey: true, shiftKey: true }), 'mac')).toBeNull();
  });

  it('returns null for plain typing', () => {
    expect(commandForKeyEvent(press('o'), 'other')).toBeNull();
    expect(commandForKeyEvent(press('Backspace'), 'other')).toBeNull();
  });
});

describe('formatAccelerator', () => {
  it('writes shortcuts the way each platform shows them', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+F', 'other')).toBe('Ctrl+Shift+F');
    expect(formatAccelerator('CmdOrCtrl+Shift+F', 'mac')).toBe('⇧⌘F');
    expect(formatAccelerator('CmdOrCtrl+Alt+V', 'mac')).toBe('⌥⌘V');
    expect(formatAccelerator('CmdOrCtrl+Shift+Backspace', 'mac')).toBe('⇧⌘⌫');
    expect(formatAccelerator('F2', 'other')).toBe('F2');
    expect(formatAccelerator('CmdOrCtrl+\\', 'other')).toBe('Ctrl+\\');
  });
});
