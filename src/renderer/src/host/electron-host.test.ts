import { describe, expect, it, vi } from 'vitest';
import type { HostBridge } from '@core/host';
import { createElectronHost, findBridge, withoutIpcPrefix } from './electron-host';

function fakeBridge(overrides: Partial<HostBridge> = {}): HostBridge {
  return {
    openFiles: vi.fn(async () => []),
    saveFile: vi.fn(async () => ({ saved: false as const })),
    readClipboardText: vi.fn(async () => 'text'),
    getAppInfo: vi.fn(async () => ({ name: 'Glossa', version: '1.2.3', platform: 'electron' as const, dataLocation: '/data', runtime: [] })),
    onMenuCommand: vi.fn(() => () => {}),
    writeBackup: vi.fn(async () => ({ saved: false as const })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async (name: string) => ({ ok: false as const, name, reason: 'test' })),
    confirmClose: vi.fn(async () => {}),
    onLifecycleRequest: vi.fn(() => () => {}),
    setRecentDocuments: vi.fn(async () => {}),
    onOpenRequest: vi.fn(() => () => {}),
    ...overrides,
  };
}

describe('findBridge', () => {
  it('finds a complete bridge on window.glossaHost', () => {
    const bridge = fakeBridge();
    expect(findBridge({ glossaHost: bridge })).toBe(bridge);
  });

  it('ignores a missing or incomplete bridge', () => {
    expect(findBridge({})).toBeNull();
    expect(findBridge({ glossaHost: 'yes' })).toBeNull();
    const { onMenuCommand: _dropped, ...partial } = fakeBridge();
    expect(findBridge({ glossaHost: partial })).toBeNull();
  });
});

describe('createElectronHost', () => {
  it('is the electron kind and forwards each call to the bridge', async () => {
    const bridge = fakeBridge();
    const host = createElectronHost(bridge);
    expect(host.kind).toBe('electron');
    await host.openFiles({ multiple: true });
    await host.saveFile({ suggestedName: 'a.csv', data: 'x' });
    await expect(host.readClipboardText()).resolves.toBe('text');
    await expect(host.getAppInfo()).resolves.toMatchObject({ version: '1.2.3' });
    const listener = vi.fn();
    host.onMenuCommand(listener);
    expect(bridge.openFiles).toHaveBeenCalledWith({ multiple: true });
    expect(bridge.saveFile).toHaveBeenCalledWith({ suggestedName: 'a.csv', data: 'x' });
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(listener);
  });

  it('forwards the backup and close calls to the bridge', async () => {
    const bridge = fakeBridge();
    const host = createElectronHost(bridge);
    const data = new Uint8Array([123, 125]);
    await host.writeBackup({ reason: 'quit', schemaVersion: 2, data });
    await host.listBackups();
    await host.readBackup('glossa-2026-01-01-000000-v2-quit.json');
    await host.confirmClose();
    const listener = vi.fn();
    host.onLifecycleRequest(listener);
    expect(bridge.writeBackup).toHaveBeenCalledWith({ reason: 'quit', schemaVersion: 2, data });
    expect(bridge.listBackups).toHaveBeenCalled();
    expect(bridge.readBackup).toHaveBeenCalledWith('glossa-2026-01-01-000000-v2-quit.json');
    expect(bridge.confirmClose).toHaveBeenCalled();
    expect(bridge.onLifecycleRequest).toHaveBeenCalledWith(listener);
  });

  it('shows main’s error message without Electron’s IPC prefix', async () => {
    const bridge = fakeBridge({
      saveFile: vi.fn(async () => {
        throw new Error("Error invoking remote method 'glossa:save-file': Error: Could not save a.csv: the disk is full.");
      }),
    });
    await expect(createElectronHost(bridge).saveFile({ suggestedName: 'a.csv', data: 'x' })).rejects.toThrow(
      /^Could not save a\.csv: the disk is full\.$/,
    );
  });
});

describe('withoutIpcPrefix', () => {
  it('leaves other errors alone', () => {
    const error = new Error('plain');
    expect(withoutIpcPrefix(error)).toBe(error);
    expect(withoutIpcPrefix('text')).toBe('text');
  });
});
