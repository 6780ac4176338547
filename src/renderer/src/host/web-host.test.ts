// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES, browserRuntime, type MenuCommand } from '@core/host';
import {
  CLIPBOARD_DENIED,
  CLIPBOARD_UNAVAILABLE,
  FALLBACK_VERSION,
  acceptFor,
  createWebHost,
  keyPlatformOf,
} from './web-host';

const host = createWebHost();

/** Capture the hidden file input when the host "opens the picker". */
function interceptPicker(): Promise<HTMLInputElement> {
  return new Promise((resolve) => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      resolve(this);
    });
  });
}

function pick(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

function fileOfSize(name: string, size: number): File {
  const file = new File(['x'], name);
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('acceptFor', () => {
  it('lists the extensions of every filter, once each', () => {
    expect(acceptFor([{ name: 'Text', extensions: ['txt', 'md'] }, { name: 'Word', extensions: ['docx', 'TXT'] }])).toBe('.txt,.md,.docx');
  });

  it('accepts anything when there are no filters or one allows *', () => {
    expect(acceptFor([])).toBe('');
    expect(acceptFor([{ name: 'All', extensions: ['*'] }])).toBe('');
  });
});

describe('openFiles', () => {
  it('opens a hidden file input with accept and multiple, and reads what is picked', async () => {
    const picker = interceptPicker();
    const result = host.openFiles({ filters: [{ name: 'Text', extensions: ['txt'] }], multiple: true });
    const input = await picker;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.txt');
    expect(input.multiple).toBe(true);
    expect(input.hidden).toBe(true);
    pick(input, [new File(['hello'], 'a.txt'), new File(['world'], 'b.txt')]);
    const opened = await result;
    expect(opened.map((file) => file.name)).toEqual(['a.txt', 'b.txt']);
    expect(opened[0]).toMatchObject({ ok: true });
    const first = opened[0];
    if (first?.ok) expect(new TextDecoder().decode(first.bytes)).toBe('hello');
    expect(document.body.contains(input)).toBe(false);
  });

  it('refuses files over 20 MB without reading them', async () => {
    const picker = interceptPicker();
    const result = host.openFiles({ multiple: true });
    const huge = fileOfSize('huge.docx', MAX_IMPORT_BYTES + 1);
    const read = vi.spyOn(huge, 'arrayBuffer');
    pick(await picker, [huge, fileOfSize('edge.txt', MAX_IMPORT_BYTES)]);
    const opened = await result;
    expect(opened[0]).toEqual({ ok: false, name: 'huge.docx', reason: 'it is larger than 20 MB' });
    expect(read).not.toHaveBeenCalled();
    expect(opened[1]).toMatchObject({ ok: true, name: 'edge.txt' });
  });

  it('reports a file that cannot be read', async () => {
    const picker = interceptPicker();
    const result = host.openFiles({});
    const broken = new File(['x'], 'broken.txt');
    vi.spyOn(broken, 'arrayBuffer').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
    pick(await picker, [broken]);
    expect(await result).toEqual([{ ok: false, name: 'broken.txt', reason: 'it could not be read' }]);
  });

  it('resolves with nothing when the user cancels, and cleans up', async () => {
    const picker = interceptPicker();
    const result = host.openFiles({ multiple: false });
    const input = await picker;
    input.dispatchEvent(new Event('cancel'));
    await expect(result).resolves.toEqual([]);
    expect(document.body.contains(input)).toBe(false);
  });

  it('keeps only the first file when multiple was not asked for', async () => {
    const picker = interceptPicker();
    const result = host.openFiles({});
    const input = await picker;
    expect(input.multiple).toBe(false);
    pick(input, [new File(['a'], 'a.txt'), new File(['b'], 'b.txt')]);
    expect((await result).map((file) => file.name)).toEqual(['a.txt']);
  });

  it('rejects a malformed request before opening anything', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click');
    await expect(host.openFiles({ filters: [{ name: 'x', extensions: ['../bad'] }] })).rejects.toThrow();
    expect(click).not.toHaveBeenCalled();
  });
});

describe('saveFile', () => {
  let created: Blob[];

  beforeEach(() => {
    created = [];
    // jsdom has no blob URLs.
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        created.push(blob);
        return 'blob:glossa/1';
      }),
      revokeObjectURL: vi.fn(),
    });
  });

  it('downloads the data under the suggested name', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const result = await host.saveFile({ suggestedName: 'glossary.csv', mimeType: 'text/csv', data: 'source,target' });
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(result).toEqual({ saved: true, location: 'Downloads' });
    expect(clicked?.download).toBe('glossary.csv');
    expect(clicked?.href).toBe('blob:glossa/1');
    expect(created[0]?.type).toBe('text/csv');
    expect(await created[0]?.text()).toBe('source,target');
    expect(document.body.contains(clicked ?? null)).toBe(false);
  });

  it('writes a backup as a download named like the desktop’s backups, and has no backups folder', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const result = await host.writeBackup({ reason: 'before-restore', schemaVersion: 2, data: new Uint8Array([123, 125]) });
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(clicked?.download).toMatch(/^glossa-\d{4}-\d{2}-\d{2}-\d{6}-v2-before-restore\.json$/);
    expect(result).toEqual({ saved: true, name: clicked?.download, location: 'Downloads' });
    expect(created[0]?.type).toBe('application/json');
    await expect(host.listBackups()).resolves.toEqual([]);
    await expect(host.readBackup('glossa-2026-01-01-000000-v2-quit.json')).resolves.toMatchObject({ ok: false });
    await expect(host.writeBackup({ reason: 'manual', schemaVersion: 2, data: new Uint8Array(0) })).rejects.toThrow();
  });

  it('saves bytes too', async () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await host.saveFile({ suggestedName: 'a.bin', data: new Uint8Array([1, 2, 3]) });
    expect(new Uint8Array(await (created[0] as Blob).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('refuses a path as a file name', async () => {
    await expect(host.saveFile({ suggestedName: '../evil.sh', data: 'x' })).rejects.toThrow();
    expect(created).toHaveLength(0);
  });
});

describe('readClipboardText', () => {
  function setClipboard(value: unknown): void {
    Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  }

  afterEach(() => setClipboard(undefined));

  it('reads the text', async () => {
    setClipboard({ readText: vi.fn(async () => '省政府') });
    await expect(host.readClipboardText()).resolves.toBe('省政府');
  });

  it('explains a refusal', async () => {
    setClipboard({ readText: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))) });
    await expect(host.readClipboardText()).rejects.toThrow(CLIPBOARD_DENIED);
  });

  it('explains a browser without the Clipboard API', async () => {
    setClipboard(undefined);
    await expect(host.readClipboardText()).rejects.toThrow(CLIPBOARD_UNAVAILABLE);
  });
});

describe('getAppInfo', () => {
  it('describes the web app and where its data lives', async () => {
    await expect(host.getAppInfo()).resolves.toEqual({
      name: 'Glossa',
      version: FALLBACK_VERSION,
      platform: 'web',
      dataLocation: `this browser's site storage for ${window.location.origin}`,
      runtime: browserRuntime(navigator.userAgent),
    });
  });
});

describe('keyboard commands', () => {
  function press(init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event;
  }

  it('turns app shortcuts into commands and stops the browser’s default', () => {
    const listener = vi.fn<(command: MenuCommand) => void>();
    const unsubscribe = host.onMenuCommand(listener);
    const event = press({ key: 'o', ctrlKey: true });
    expect(listener).toHaveBeenCalledWith('file.import');
    expect(event.defaultPrevented).toBe(true);
    press({ key: 'F2' });
    press({ key: 'F', ctrlKey: true, shiftKey: true });
    expect(listener.mock.calls.map(([command]) => command)).toEqual(['file.import', 'file.rename', 'view.focusLibrarySearch']);
    unsubscribe();
  });

  it('leaves editing keys, and undo and redo, to the editor', () => {
    const listener = vi.fn();
    const unsubscribe = host.onMenuCommand(listener);
    for (const init of [{ key: 'z', ctrlKey: true }, { key: 'Z', ctrlKey: true, shiftKey: true }, { key: 'v', ctrlKey: true }, { key: 'a' }]) {
      expect(press(init).defaultPrevented).toBe(false);
    }
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('ignores keys a component already handled, auto-repeat and IME composition', () => {
    const listener = vi.fn();
    const unsubscribe = host.onMenuCommand(listener);
    const handled = document.createElement('div');
    document.body.append(handled);
    handled.addEventListener('keydown', (event) => event.preventDefault());
    press({ key: 'o', ctrlKey: true }, handled);
    press({ key: 'o', ctrlKey: true, repeat: true });
    press({ key: 'o', ctrlKey: true, isComposing: true });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('stops listening after unsubscribe', () => {
    const listener = vi.fn();
    host.onMenuCommand(listener)();
    const event = press({ key: 'o', ctrlKey: true });
    expect(listener).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('uses Command on a Mac', () => {
    expect(keyPlatformOf({ platform: 'MacIntel', userAgent: '' })).toBe('mac');
    expect(keyPlatformOf({ platform: 'Win32', userAgent: '' })).toBe('other');
    expect(keyPlatformOf({ platform: '', userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0)' })).toBe('mac');
  });
});
