import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_NAME, IPC_CHANNELS, type HostBridge, type MenuCommand } from '@core/host';

type Handler = (event: unknown, ...args: unknown[]) => void;

// vi.mock is hoisted above the imports, so the fakes are built in vi.hoisted.
const electron = vi.hoisted(() => {
  const handlers = new Map<string, Set<Handler>>();
  return {
    handlers,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => 'invoked'),
      on: vi.fn((channel: string, handler: Handler) => {
        const set = handlers.get(channel) ?? new Set<Handler>();
        set.add(handler);
        handlers.set(channel, set);
      }),
      removeListener: vi.fn((channel: string, handler: Handler) => {
        handlers.get(channel)?.delete(handler);
      }),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

async function loadBridge(): Promise<HostBridge> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('./index');
  const calls = electron.contextBridge.exposeInMainWorld.mock.calls;
  expect(calls).toHaveLength(1);
  const [name, bridge] = calls[0] as [string, HostBridge];
  expect(name).toBe(BRIDGE_NAME);
  return bridge;
}

/** What main would do: call every listener on the channel with an event object first. */
function sendFromMain(command: unknown): void {
  const event = { sender: electron.ipcRenderer, senderId: 0, ports: [] };
  for (const handler of electron.handlers.get(IPC_CHANNELS.menuCommand) ?? []) handler(event, command);
}

beforeEach(() => {
  electron.handlers.clear();
  electron.ipcRenderer.invoke.mockClear();
});

describe('the preload bridge', () => {
  it('exposes exactly the Host calls under window.glossaHost, all functions', async () => {
    const bridge = await loadBridge();
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'getAppInfo',
        'onMenuCommand',
        'openFiles',
        'readClipboardText',
        'saveFile',
        'writeBackup',
        'listBackups',
        'readBackup',
        'confirmClose',
        'onLifecycleRequest',
        'setRecentDocuments',
        'onOpenRequest',
      ].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
  });

  it('turns each call into one invoke on its channel with the payload', async () => {
    const bridge = await loadBridge();
    const request = { filters: [{ name: 'Text', extensions: ['txt'] }], multiple: true };
    await expect(bridge.openFiles(request)).resolves.toBe('invoked');
    const save = { suggestedName: 'a.csv', data: 'a,b' };
    await bridge.saveFile(save);
    await bridge.readClipboardText();
    await bridge.getAppInfo();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.openFiles, request],
      [IPC_CHANNELS.saveFile, save],
      [IPC_CHANNELS.readClipboardText],
      [IPC_CHANNELS.getAppInfo],
    ]);
  });

  it('passes menu commands to listeners without the event object', async () => {
    const bridge = await loadBridge();
    const listener = vi.fn<(command: MenuCommand) => void>();
    bridge.onMenuCommand(listener);
    sendFromMain('file.import');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual(['file.import']);
  });

  it('drops anything that is not a known menu command', async () => {
    const bridge = await loadBridge();
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    for (const junk of ['file.format-disk', 42, null, { command: 'file.import' }, undefined]) sendFromMain(junk);
    expect(listener).not.toHaveBeenCalled();
  });

  it('returns an unsubscribe that removes exactly its own listener', async () => {
    const bridge = await loadBridge();
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = bridge.onMenuCommand(first);
    bridge.onMenuCommand(second);
    unsubscribeFirst();
    sendFromMain('help.about');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('help.about');
  });
});

describe('the backup and close calls', () => {
  it('invoke their own channels, and lifecycle requests pass only when they parse', async () => {
    const bridge = await loadBridge();
    await bridge.listBackups();
    await bridge.readBackup('glossa-2026-01-01-000000-v2-quit.json');
    await bridge.confirmClose();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.listBackups],
      [IPC_CHANNELS.readBackup, 'glossa-2026-01-01-000000-v2-quit.json'],
      [IPC_CHANNELS.confirmClose, {}],
    ]);
    const seen: unknown[] = [];
    const stop = bridge.onLifecycleRequest((request) => seen.push(request));
    const event = { sender: electron.ipcRenderer, senderId: 0, ports: [] };
    for (const handler of electron.handlers.get(IPC_CHANNELS.lifecycleRequest) ?? []) {
      handler(event, { type: 'prepare-to-close' });
      handler(event, { type: 'format-disk' });
      handler(event, 'daily-backup');
    }
    expect(seen).toEqual([{ type: 'prepare-to-close' }]);
    stop();
    expect(electron.handlers.get(IPC_CHANNELS.lifecycleRequest)?.size).toBe(0);
  });
});

describe('open requests and the recent documents', () => {
  const file = { ok: true, name: 'article.xlf', bytes: new Uint8Array([60, 63]) };
  const event = { sender: electron.ipcRenderer, senderId: 0, ports: [] };
  const sendOpenRequest = (request: unknown): void => {
    for (const handler of electron.handlers.get(IPC_CHANNELS.openRequest) ?? []) handler(event, request);
  };

  it('hands the recent documents to main on their channel', async () => {
    const bridge = await loadBridge();
    const documents = [{ id: 'd1', title: 'Budget report' }];
    await bridge.setRecentDocuments(documents);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[IPC_CHANNELS.setRecentDocuments, documents]]);
  });

  it('delivers the files main held from launch once, then what main sends, and drops what does not parse', async () => {
    const held = [{ type: 'files', files: [file] }, { type: 'format-disk' }];
    electron.ipcRenderer.invoke.mockImplementationOnce(async () => held as never);
    const bridge = await loadBridge();
    const seen: unknown[] = [];
    bridge.onOpenRequest((request) => seen.push(request));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ type: 'files', files: [file] });
    sendOpenRequest({ type: 'document', documentId: 'd1' });
    sendOpenRequest({ type: 'files', files: [{ ok: true, name: 'x.txt', bytes: 'not bytes' }] });
    expect(seen).toEqual([{ type: 'files', files: [file] }, { type: 'document', documentId: 'd1' }]);
    // A second subscriber (React re-running its effect) does not ask main again.
    bridge.onOpenRequest(() => undefined);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[IPC_CHANNELS.takeOpenRequests]]);
  });

  it('keeps a request that arrives while nobody listens for the next listener', async () => {
    const bridge = await loadBridge();
    const stop = bridge.onOpenRequest(() => undefined);
    stop();
    sendOpenRequest({ type: 'document', documentId: 'd2' });
    const seen: unknown[] = [];
    bridge.onOpenRequest((request) => seen.push(request));
    expect(seen).toEqual([{ type: 'document', documentId: 'd2' }]);
  });
});
