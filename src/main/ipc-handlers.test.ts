import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_IMPORT_BYTES, MAX_OPEN_BYTES } from '@core/host';
import { REFUSED_MESSAGE, registerHostHandlers, type HostDeps, type IpcMainLike } from './ipc-handlers';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const ourContents = { id: 1 } as unknown as WebContents;
const strangerContents = { id: 2 } as unknown as WebContents;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => listeners.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => listeners.delete(channel)),
  };
  return { ipcMain: ipcMain as unknown as IpcMainLike, listeners };
}

const BACKUP_NAME = 'glossa-2026-03-04-050607-v2-manual.json';

function fakeDeps(overrides: Partial<HostDeps> = {}): HostDeps {
  return {
    origins: ['app://glossa'],
    isAppWindow: vi.fn((sender: WebContents) => sender === ourContents),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/docs/article.txt'] })),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/docs/glossary.tbx' })),
    stat: vi.fn(async () => ({ size: 5, isFile: () => true })),
    readFile: vi.fn(async () => new Uint8Array([104, 101, 108, 108, 111])),
    writeFile: vi.fn(async () => {}),
    readClipboardText: vi.fn(async () => 'clipboard text'),
    appInfo: vi.fn(() => ({ name: 'Glossa', version: '0.1.0', platform: 'electron' as const, dataLocation: '/home/u/.config/Glossa', runtime: [{ name: 'Electron', version: '45.4.1' }] })),
    defaultSaveDirectory: vi.fn(() => '/home/u/Documents'),
    backups: {
      write: vi.fn(async () => ({ name: BACKUP_NAME, createdAt: 0, schemaVersion: 2, reason: 'manual', bytes: 3 })),
      list: vi.fn(async () => []),
      read: vi.fn(async (name: string) => ({ ok: true as const, name, bytes: new Uint8Array([123, 125]) })),
    },
    confirmClose: vi.fn(),
    setRecentDocuments: vi.fn(),
    takeOpenRequests: vi.fn(() => [{ type: 'document' as const, documentId: 'd1' }]),
    noteRecentFile: vi.fn(),
    ...overrides,
  };
}

interface FrameOptions {
  url?: string;
  parent?: object | null;
  sender?: WebContents;
  frame?: 'missing' | 'disposed';
}

function eventFrom(options: FrameOptions = {}): IpcMainInvokeEvent {
  const { url = 'app://glossa/index.html', parent = null, sender = ourContents } = options;
  let senderFrame: object | null = { url, parent };
  if (options.frame === 'missing') senderFrame = null;
  if (options.frame === 'disposed') {
    senderFrame = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
  }
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

/** A valid payload for each call, so sender tests fail only because of the sender. */
const validArgs: Record<string, unknown[]> = {
  [IPC_CHANNELS.openFiles]: [{ filters: [{ name: 'Text', extensions: ['txt'] }], multiple: false }],
  [IPC_CHANNELS.saveFile]: [{ suggestedName: 'glossary.tbx', data: '<tbx/>' }],
  [IPC_CHANNELS.readClipboardText]: [],
  [IPC_CHANNELS.getAppInfo]: [],
  [IPC_CHANNELS.writeBackup]: [{ reason: 'manual', schemaVersion: 2, data: new Uint8Array([123, 125]) }],
  [IPC_CHANNELS.listBackups]: [],
  [IPC_CHANNELS.readBackup]: [BACKUP_NAME],
  [IPC_CHANNELS.confirmClose]: [{}],
  [IPC_CHANNELS.setRecentDocuments]: [[{ id: 'd1', title: 'Budget report' }]],
  [IPC_CHANNELS.takeOpenRequests]: [],
};

function dependencyCalls(deps: HostDeps): number {
  const { origins: _origins, isAppWindow: _isAppWindow, backups, ...used } = deps;
  return [...Object.values(used), ...Object.values(backups)].reduce((sum, fn) => sum + vi.mocked(fn).mock.calls.length, 0);
}

function setup(overrides: Partial<HostDeps> = {}) {
  const { ipcMain, listeners } = fakeIpcMain();
  const deps = fakeDeps(overrides);
  const unregister = registerHostHandlers(ipcMain, deps);
  const call = (channel: string, event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { deps, listeners, unregister, call };
}

describe('registerHostHandlers', () => {
  it('handles every Host channel except menuCommand, lifecycleRequest and openRequest, which main sends', () => {
    const { listeners } = setup();
    const sentByMain: string[] = [IPC_CHANNELS.menuCommand, IPC_CHANNELS.lifecycleRequest, IPC_CHANNELS.openRequest];
    const expected = Object.values(IPC_CHANNELS).filter((channel) => !sentByMain.includes(channel));
    expect([...listeners.keys()].sort()).toEqual(expected.sort());
  });

  it('removes its handlers when asked', () => {
    const { listeners, unregister } = setup();
    unregister();
    expect(listeners.size).toBe(0);
  });
});

describe('sender checks', () => {
  const badSenders: Array<[string, FrameOptions]> = [
    ['a missing frame', { frame: 'missing' }],
    ['a disposed frame', { frame: 'disposed' }],
    ['a subframe', { parent: { url: 'app://glossa/index.html' } }],
    ['a foreign origin', { url: 'https://evil.example/index.html' }],
    ['a file:// page', { url: 'file:///home/u/evil.html' }],
    ['another app:// host', { url: 'app://evil/index.html' }],
    ['the dev server when not in development', { url: 'http://localhost:5173/' }],
    ['a window Glossa did not create', { sender: strangerContents }],
  ];

  for (const channel of Object.keys(validArgs)) {
    for (const [what, options] of badSenders) {
      it(`${channel} refuses ${what} and touches nothing`, async () => {
        const { deps, call } = setup();
        await expect(call(channel, eventFrom(options), ...(validArgs[channel] ?? []))).rejects.toThrow(REFUSED_MESSAGE);
        expect(dependencyCalls(deps)).toBe(0);
      });
    }
  }

  it('accepts the dev server origin when it is trusted', async () => {
    const { call } = setup({ origins: ['app://glossa', 'http://localhost:5173'] });
    await expect(call(IPC_CHANNELS.getAppInfo, eventFrom({ url: 'http://localhost:5173/' }))).resolves.toMatchObject({
      name: 'Glossa',
    });
  });
});

describe('payload validation', () => {
  const badPayloads: Array<[string, unknown[]]> = [
    [IPC_CHANNELS.openFiles, []],
    [IPC_CHANNELS.openFiles, [null]],
    [IPC_CHANNELS.openFiles, [{ multiple: 'yes' }]],
    [IPC_CHANNELS.openFiles, [{ filters: [{ name: 'Bad', extensions: ['../etc'] }] }]],
    [IPC_CHANNELS.openFiles, [{}, {}]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: '../../.bashrc', data: 'x' }]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: '/etc/passwd', data: 'x' }]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: 'a.txt', data: 42 }]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: 'a.txt' }]],
    [IPC_CHANNELS.saveFile, ['a.txt']],
    [IPC_CHANNELS.readClipboardText, ['unexpected']],
    [IPC_CHANNELS.getAppInfo, [{}]],
    [IPC_CHANNELS.writeBackup, [{ reason: 'manual', schemaVersion: 2, data: 'not bytes' }]],
    [IPC_CHANNELS.writeBackup, [{ reason: 'because', schemaVersion: 2, data: new Uint8Array([1]) }]],
    [IPC_CHANNELS.writeBackup, [{ reason: 'manual', schemaVersion: 2, data: new Uint8Array(0) }]],
    [IPC_CHANNELS.writeBackup, [{ reason: 'manual', schemaVersion: 2, keep: 0, data: new Uint8Array([1]) }]],
    [IPC_CHANNELS.readBackup, ['../../.ssh/id_rsa']],
    [IPC_CHANNELS.readBackup, ['/etc/passwd']],
    [IPC_CHANNELS.readBackup, ['glossa-2026-03-04-050607-v2-manual.json/../../x']],
    [IPC_CHANNELS.readBackup, []],
    [IPC_CHANNELS.listBackups, ['x']],
    [IPC_CHANNELS.confirmClose, [true]],
    [IPC_CHANNELS.confirmClose, [{ unsaved: 42 }]],
    [IPC_CHANNELS.confirmClose, [{ unsaved: 'x'.repeat(501) }]],
    [IPC_CHANNELS.setRecentDocuments, [[{ id: 'd1' }]]],
    [IPC_CHANNELS.setRecentDocuments, [Array.from({ length: 11 }, (_, index) => ({ id: `d${index}`, title: 'A' }))]],
    [IPC_CHANNELS.setRecentDocuments, [[{ id: 'd1', title: 'x'.repeat(301) }]]],
    [IPC_CHANNELS.setRecentDocuments, []],
    [IPC_CHANNELS.takeOpenRequests, [{}]],
  ];

  it.each(badPayloads)('%s rejects %j without calling a dependency', async (channel, args) => {
    const { deps, call } = setup();
    await expect(call(channel, eventFrom(), ...args)).rejects.toThrow(/Invalid request/);
    expect(dependencyCalls(deps)).toBe(0);
  });
});

describe('openFiles', () => {
  it('shows the dialog with the filters and returns the file bytes and name', async () => {
    const { deps, call } = setup();
    const result = await call(IPC_CHANNELS.openFiles, eventFrom(), {
      title: 'Import',
      filters: [{ name: 'Text', extensions: ['txt', 'md'] }],
    });
    expect(deps.showOpenDialog).toHaveBeenCalledWith(ourContents, {
      title: 'Import',
      filters: [{ name: 'Text', extensions: ['txt', 'md'] }],
      properties: ['openFile'],
    });
    expect(result).toEqual([{ ok: true, name: 'article.txt', bytes: new Uint8Array([104, 101, 108, 108, 111]) }]);
  });

  it('returns nothing when the dialog is cancelled', async () => {
    const { deps, call } = setup({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    await expect(call(IPC_CHANNELS.openFiles, eventFrom(), {})).resolves.toEqual([]);
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('refuses files over the limit without reading them, and reports read errors per file', async () => {
    const sizes: Record<string, number> = { '/d/ok.txt': 10, '/d/huge.docx': MAX_IMPORT_BYTES + 1, '/d/locked.txt': 10, '/d/dir': 0 };
    const { deps, call } = setup({
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: Object.keys(sizes) })),
      stat: vi.fn(async (path: string) => ({ size: sizes[path] ?? 0, isFile: () => path !== '/d/dir' })),
      readFile: vi.fn(async (path: string) => {
        if (path === '/d/locked.txt') throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return new Uint8Array(10);
      }),
    });
    const result = await call(IPC_CHANNELS.openFiles, eventFrom(), { multiple: true });
    expect(deps.showOpenDialog).toHaveBeenCalledWith(ourContents, expect.objectContaining({ properties: ['openFile', 'multiSelections'] }));
    expect(result).toEqual([
      { ok: true, name: 'ok.txt', bytes: new Uint8Array(10) },
      { ok: false, name: 'huge.docx', reason: 'it is larger than 20 MB' },
      { ok: false, name: 'locked.txt', reason: 'permission was denied' },
      { ok: false, name: 'dir', reason: 'it is not a file' },
    ]);
    expect(deps.readFile).not.toHaveBeenCalledWith('/d/huge.docx');
  });

  it('lets a glossary import raise the size limit, but never past MAX_OPEN_BYTES', async () => {
    const { deps, call } = setup({
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/d/big.tbx'] })),
      stat: vi.fn(async () => ({ size: 30 * 1024 * 1024, isFile: () => true })),
      readFile: vi.fn(async () => new Uint8Array(10)),
    });
    await expect(call(IPC_CHANNELS.openFiles, eventFrom(), {})).resolves.toEqual([
      { ok: false, name: 'big.tbx', reason: 'it is larger than 20 MB' },
    ]);
    await expect(call(IPC_CHANNELS.openFiles, eventFrom(), { maxBytes: MAX_OPEN_BYTES })).resolves.toEqual([
      { ok: true, name: 'big.tbx', bytes: new Uint8Array(10) },
    ]);
    await expect(call(IPC_CHANNELS.openFiles, eventFrom(), { maxBytes: MAX_OPEN_BYTES + 1 })).rejects.toThrow();
    expect(deps.readFile).toHaveBeenCalledTimes(1);
  });

  it('reports a file that vanished before stat', async () => {
    const { call } = setup({
      stat: vi.fn(async () => {
        throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      }),
    });
    await expect(call(IPC_CHANNELS.openFiles, eventFrom(), {})).resolves.toEqual([
      { ok: false, name: 'article.txt', reason: 'it no longer exists' },
    ]);
  });

  it('reads only the first file when multiple was not asked for', async () => {
    const { deps, call } = setup({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/a.txt', '/b.txt'] })) });
    const result = (await call(IPC_CHANNELS.openFiles, eventFrom(), {})) as unknown[];
    expect(result).toHaveLength(1);
    expect(deps.readFile).toHaveBeenCalledTimes(1);
  });
});

describe('saveFile', () => {
  it('asks where to save, starting in the default folder, then writes the data there', async () => {
    const { deps, call } = setup();
    const data = new Uint8Array([1, 2, 3]);
    const result = await call(IPC_CHANNELS.saveFile, eventFrom(), {
      title: 'Export glossary',
      suggestedName: 'glossary.tbx',
      filters: [{ name: 'TBX', extensions: ['tbx'] }],
      data,
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(ourContents, {
      title: 'Export glossary',
      defaultPath: '/home/u/Documents/glossary.tbx',
      filters: [{ name: 'TBX', extensions: ['tbx'] }],
    });
    expect(deps.writeFile).toHaveBeenCalledWith('/docs/glossary.tbx', data);
    expect(result).toEqual({ saved: true, location: '/docs/glossary.tbx' });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { deps, call } = setup({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    await expect(call(IPC_CHANNELS.saveFile, eventFrom(), { suggestedName: 'a.csv', data: 'a' })).resolves.toEqual({ saved: false });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('says clearly when the write fails', async () => {
    const { call } = setup({
      writeFile: vi.fn(async () => {
        throw Object.assign(new Error('full'), { code: 'ENOSPC' });
      }),
    });
    await expect(call(IPC_CHANNELS.saveFile, eventFrom(), { suggestedName: 'a.csv', data: 'a' })).rejects.toThrow(
      'Could not save glossary.tbx: the disk is full.',
    );
  });
});

describe('the small calls', () => {
  it('reads the clipboard and reports app info', async () => {
    const { call } = setup();
    await expect(call(IPC_CHANNELS.readClipboardText, eventFrom())).resolves.toBe('clipboard text');
    await expect(call(IPC_CHANNELS.getAppInfo, eventFrom())).resolves.toEqual({
      name: 'Glossa',
      version: '0.1.0',
      platform: 'electron',
      dataLocation: '/home/u/.config/Glossa',
      runtime: [{ name: 'Electron', version: '45.4.1' }],
    });
  });
});

describe('backups', () => {
  it('writes a backup through the store with the reason, schema and how many to keep (default 10)', async () => {
    const { deps, call } = setup();
    const result = await call(IPC_CHANNELS.writeBackup, eventFrom(), { reason: 'quit', schemaVersion: 2, data: new Uint8Array([1, 2, 3]) });
    expect(result).toEqual({ saved: true, name: BACKUP_NAME, location: 'the backups folder' });
    expect(deps.backups.write).toHaveBeenCalledWith(new Uint8Array([1, 2, 3]), 2, 'quit', 10);
  });

  it('reads a backup only by a backup name, and confirms the close of the sending window', async () => {
    const { deps, call } = setup();
    await expect(call(IPC_CHANNELS.readBackup, eventFrom(), BACKUP_NAME)).resolves.toMatchObject({ ok: true, name: BACKUP_NAME });
    expect(deps.backups.read).toHaveBeenCalledWith(BACKUP_NAME);
    await call(IPC_CHANNELS.confirmClose, eventFrom(), {});
    expect(deps.confirmClose).toHaveBeenCalledWith(ourContents, {});
    await call(IPC_CHANNELS.confirmClose, eventFrom(), { unsaved: 'The disk is full.' });
    expect(deps.confirmClose).toHaveBeenLastCalledWith(ourContents, { unsaved: 'The disk is full.' });
  });

  it('says why a backup could not be written', async () => {
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    const { call } = setup({
      backups: { write: vi.fn(async () => Promise.reject(full)), list: vi.fn(async () => []), read: vi.fn() },
    });
    await expect(call(IPC_CHANNELS.writeBackup, eventFrom(), { reason: 'daily', schemaVersion: 2, data: new Uint8Array([1]) })).rejects.toThrow(
      'Could not write the backup: the disk is full.',
    );
  });
});

describe('the recent documents and open requests', () => {
  it('hands File › Open Recent its list, and the listening window what main held for it', async () => {
    const { deps, call } = setup();
    await call(IPC_CHANNELS.setRecentDocuments, eventFrom(), [{ id: 'd1', title: 'Budget report' }]);
    expect(deps.setRecentDocuments).toHaveBeenCalledWith([{ id: 'd1', title: 'Budget report' }]);
    await expect(call(IPC_CHANNELS.takeOpenRequests, eventFrom())).resolves.toEqual([{ type: 'document', documentId: 'd1' }]);
    expect(deps.takeOpenRequests).toHaveBeenCalledWith(ourContents);
  });

  it('puts a file opened through the dialog on the OS recent list when Glossa opens its kind from outside too', async () => {
    const { deps, call } = setup({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/docs/a.xlf', '/docs/notes.jsonld'] })) });
    await call(IPC_CHANNELS.openFiles, eventFrom(), { multiple: true });
    expect(vi.mocked(deps.noteRecentFile).mock.calls).toEqual([['/docs/a.xlf']]);
  });
});
