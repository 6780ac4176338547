import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '@core/commands';
import { MENU_COMMANDS, type MenuCommand } from '@core/host';
import { buildMenuTemplate, type MenuOptions } from './menu';

function build(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ platform: 'linux', appName: 'Glossa', isPackaged: true, send, ...overrides });
  return { template, send };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`${item?.label ?? item?.role} has no submenu`);
  return items;
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** A compact picture of a submenu: labels for commands, role names, "-" for separators. */
function outline(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) => (item.type === 'separator' ? '-' : (item.label ?? `role:${item.role}`)));
}

const clickArgs = [{}, undefined, {}] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>;

describe('buildMenuTemplate on Windows and Linux', () => {
  it('has File, Edit, Annotate, Review, View and Help', () => {
    const { template } = build();
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'Annotate', 'Review', 'View', 'Help']);
  });

  it('lays out each menu', () => {
    const [file, edit, annotate, review, view, help] = build().template;
    expect(outline(submenu(file))).toEqual([
      'Import…',
      'Open Recent',
      'New from Clipboard',
      'Rename…',
      'Move to Trash',
      '-',
      'Export Annotations (Web Annotation JSON-LD)…',
      'Export Annotated Article (HTML)…',
      'Export Review Report (HTML)…',
      'Export Review Report (CSV)…',
      'Import Annotations (Web Annotation JSON-LD)…',
      '-',
      'Add Source…',
      'Export Bilingual File (XLIFF)…',
      'Export Translation Memory (TMX)…',
      'Export MQM Annotations (TSV)…',
      '-',
      'Export Word Document with Tracked Changes and Comments…',
      'Export Corrected Text (Word)…',
      'Export Corrected Text (Plain Text)…',
      'Export Corrected Text (Markdown)…',
      'Export Corrected Text (HTML)…',
      '-',
      'Export Library…',
      'Restore from Backup…',
      '-',
      'role:quit',
    ]);
    expect(outline(submenu(annotate))).toEqual(['Mark Term', 'Flag Error', 'Add Note', 'Add Query', '-', 'Add Term to Glossary', 'Go to Card', 'Focus Annotation Toolbar']);
    expect(outline(submenu(review))).toEqual(['Review Panel', 'Run Checks', '-', 'Next Item', 'Previous Item', '-', 'Mark Reviewed', 'Reviewed up to Here', 'Show Only What Is Not Reviewed']);
    expect(outline(submenu(edit))).toEqual(['Undo', 'Redo', '-', 'role:cut', 'role:copy', 'role:paste', 'role:selectAll', '-', 'Find…', 'Replace…', 'Find Next', 'Find Previous']);
    expect(outline(submenu(view))).toEqual([
      'Toggle Library',
      'Focus Library Search',
      'Annotations Panel',
      'Changes Panel',
      'Glossary',
      'Term Highlights',
      'Source Column',
      '-',
      'role:resetZoom',
      'role:zoomIn',
      'role:zoomOut',
      '-',
      'role:togglefullscreen',
    ]);
    expect(outline(submenu(help))).toEqual(['Keyboard Shortcuts', '-', 'About Glossa']);
  });

  it('offers developer tools only in unpackaged builds', () => {
    const packaged = flatten(build({ isPackaged: true }).template);
    const dev = flatten(build({ isPackaged: false }).template);
    expect(packaged.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(dev.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});

describe('buildMenuTemplate on macOS', () => {
  it('starts with the app menu, adds Window, and moves About into the app menu', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((item) => item.label ?? `role:${item.role}`)).toEqual(['Glossa', 'File', 'Edit', 'Annotate', 'Review', 'View', 'role:windowMenu', 'Help']);
    expect(outline(submenu(template[0]))).toEqual([
      'About Glossa',
      '-',
      'role:services',
      '-',
      'role:hide',
      'role:hideOthers',
      'role:unhide',
      '-',
      'role:quit',
    ]);
    expect(outline(submenu(template[7]))).toEqual(['Keyboard Shortcuts']);
  });

  it('closes the window from File instead of quitting', () => {
    const file = build({ platform: 'darwin' }).template[1];
    expect(submenu(file).at(-1)).toEqual({ role: 'close' });
  });
});

describe('File › Open Recent', () => {
  const openRecentOf = (template: MenuItemConstructorOptions[]) => submenu(submenu(template[0]).find((item) => item.label === 'Open Recent'));

  it('says there is nothing yet, with Clear Menu off, before a document has been opened', () => {
    const items = openRecentOf(build().template);
    expect(outline(items)).toEqual(['No Recent Documents', '-', 'Clear Menu']);
    expect(items[0]).toMatchObject({ enabled: false });
    expect(items[2]).toMatchObject({ enabled: false });
  });

  it('lists the documents most recent first, opens the one chosen, and clears', () => {
    const openRecent = vi.fn();
    const { template, send } = build({
      recent: [
        { id: 'd2', title: 'Q3 report & budget' },
        { id: 'd1', title: `${'A very long title of a news article that keeps going '.repeat(2)}\nend` },
      ],
      openRecent,
    });
    const items = openRecentOf(template);
    expect(outline(items)).toEqual(['Q3 report && budget', `${'A very long title of a news article that keeps going A very l'.slice(0, 59)}…`, '-', 'Clear Menu']);
    items[1]!.click?.(...clickArgs);
    expect(openRecent).toHaveBeenCalledWith('d1');
    expect(items[3]).toMatchObject({ enabled: true });
    items[3]!.click?.(...clickArgs);
    expect(send).toHaveBeenCalledWith('file.clearRecent');
  });
});

describe('command items', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`include every command once on ${platform}, with the table's accelerator, sending its id`, () => {
      const { template, send } = build({ platform });
      const items = flatten(template).filter((item) => typeof item.id === 'string' && !item.id.startsWith('recent:'));
      expect(items.map((item) => item.id).sort()).toEqual([...MENU_COMMANDS].sort());
      for (const item of items) {
        const spec = COMMANDS.find((command) => command.id === item.id);
        expect(item.accelerator, item.id).toBe(spec?.accelerator ?? undefined);
        send.mockClear();
        item.click?.(...clickArgs);
        expect(send).toHaveBeenCalledWith(item.id);
      }
    });
  }

  it('sends undo and redo to the renderer instead of using Chromium roles', () => {
    const items = flatten(build().template);
    expect(items.some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
  });
});
