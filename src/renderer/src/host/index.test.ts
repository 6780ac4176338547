// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_NAME, type HostBridge } from '@core/host';

function fakeBridge(): HostBridge {
  return {
    openFiles: vi.fn(async () => []),
    saveFile: vi.fn(async () => ({ saved: false as const })),
    readClipboardText: vi.fn(async () => ''),
    getAppInfo: vi.fn(async () => ({ name: 'Glossa', version: '0.1.0', platform: 'electron' as const, dataLocation: '', runtime: [] })),
    onMenuCommand: vi.fn(() => () => {}),
    writeBackup: vi.fn(async () => ({ saved: false as const })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async (name: string) => ({ ok: false as const, name, reason: 'test' })),
    confirmClose: vi.fn(async () => {}),
    onLifecycleRequest: vi.fn(() => () => {}),
    setRecentDocuments: vi.fn(async () => {}),
    onOpenRequest: vi.fn(() => () => {}),
  };
}

/** A fresh copy of the module, so "decided once" starts over for each test. */
async function freshHostModule() {
  vi.resetModules();
  return import('./index');
}

afterEach(() => {
  Reflect.deleteProperty(window, BRIDGE_NAME);
});

describe('createHost', () => {
  it('picks Electron when the preload bridge is on window', async () => {
    Reflect.set(window, BRIDGE_NAME, fakeBridge());
    const { createHost } = await freshHostModule();
    expect(createHost().kind).toBe('electron');
  });

  it('picks Web when there is no bridge', async () => {
    const { createHost } = await freshHostModule();
    expect(createHost().kind).toBe('web');
  });

  it('picks Web when the bridge is incomplete', async () => {
    const { onMenuCommand: _missing, ...partial } = fakeBridge();
    Reflect.set(window, BRIDGE_NAME, partial);
    const { createHost } = await freshHostModule();
    expect(createHost().kind).toBe('web');
  });

  it('decides once and never asks again', async () => {
    const { createHost } = await freshHostModule();
    const first = createHost();
    Reflect.set(window, BRIDGE_NAME, fakeBridge());
    expect(createHost()).toBe(first);
    expect(createHost().kind).toBe('web');
  });

  it('routes calls through the bridge it picked', async () => {
    const bridge = fakeBridge();
    Reflect.set(window, BRIDGE_NAME, bridge);
    const { createHost } = await freshHostModule();
    await createHost().readClipboardText();
    expect(bridge.readClipboardText).toHaveBeenCalledTimes(1);
  });
});
