// Wiring test for the main entry, against a fake 'electron' (the real binary cannot run here).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@core/host';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const make = () => {
    const appListeners = new Map<string, Listener>();
    let resolveReady: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      resolveReady = resolve;
    });
    const windows: FakeWindow[] = [];
    const calls: string[] = [];

    class FakeWindow {
      listeners = new Map<string, Listener>();
      webContents = { id: windows.length + 1, send: vi.fn(), on: vi.fn(), reload: vi.fn(), isDestroyed: () => false, isCrashed: () => false };
      close = vi.fn();
      isDestroyed = () => false;
      loadURL = vi.fn(async () => {});
      show = vi.fn();
      focus = vi.fn();
      maximize = vi.fn();
      restore = vi.fn();
      isMinimized = vi.fn(() => true);
      setBackgroundColor = vi.fn();
      getNormalBounds = () => ({ x: 0, y: 0, width: 1000, height: 700 });
      isMaximized = () => false;
      constructor(public options: Record<string, unknown>) {
        windows.push(this);
        calls.push('new BrowserWindow');
      }
      on(name: string, listener: Listener) {
        this.listeners.set(name, listener);
        return this;
      }
      once(name: string, listener: Listener) {
        return this.on(name, listener);
      }
      static getAllWindows = () => windows;
      static getFocusedWindow = () => null;
      static fromWebContents = () => null;
    }

    return {
      appListeners,
      windows,
      calls,
      resolveReady,
      hasLock: true,
      electron: {
        app: {
          isPackaged: false,
          name: 'Glossa',
          enableSandbox: vi.fn(() => calls.push('enableSandbox')),
          requestSingleInstanceLock: vi.fn(() => fakeState.current.hasLock),
          quit: vi.fn(),
          exit: vi.fn(),
          on: vi.fn((name: string, listener: Listener) => appListeners.set(name, listener)),
          whenReady: vi.fn(() => {
            calls.push('whenReady');
            return ready;
          }),
          getPath: (name: string) => `/nonexistent-glossa-test/${name}`,
          getVersion: () => '0.1.0',
          addRecentDocument: vi.fn(),
          clearRecentDocuments: vi.fn(),
        },
        protocol: {
          registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
          handle: vi.fn(),
        },
        session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
        ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
        Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
        nativeTheme: { shouldUseDarkColors: true, on: vi.fn() },
        screen: {
          getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
          getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
        },
        BrowserWindow: FakeWindow,
        dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
        clipboard: { readText: vi.fn() },
        shell: { openExternal: vi.fn(async () => {}) },
      },
    };
  };
  const fakeState = { current: make(), make };
  return fakeState;
});

vi.mock('electron', () => fake.current.electron);

async function loadMain(options: { hasLock?: boolean; isPackaged?: boolean } = {}) {
  fake.current = fake.make();
  fake.current.hasLock = options.hasLock ?? true;
  fake.current.electron.app.isPackaged = options.isPackaged ?? false;
  vi.resetModules();
  vi.doMock('electron', () => fake.current.electron);
  await import('./index');
  return fake.current;
}

async function startApp(options: { isPackaged?: boolean } = {}) {
  const state = await loadMain(options);
  state.resolveReady();
  await vi.waitFor(() => expect(state.windows[0]?.loadURL).toHaveBeenCalled());
  const win = state.windows[0];
  if (!win) throw new Error('no window');
  return { state, win };
}

beforeEach(() => {
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('main entry', () => {
  it('enables the sandbox and registers app:// before waiting for ready', async () => {
    const state = await loadMain();
    expect(state.calls.slice(0, 3)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'whenReady']);
    expect(state.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('quits at once when another Glossa holds the single-instance lock', async () => {
    const state = await loadMain({ hasLock: false });
    expect(state.electron.app.quit).toHaveBeenCalled();
    expect(state.electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('on ready: serves app://, hardens the session, registers IPC and the menu, opens a secure window', async () => {
    const { state, win } = await startApp();
    const { electron } = state;
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    const sentByMain: string[] = [IPC_CHANNELS.menuCommand, IPC_CHANNELS.lifecycleRequest, IPC_CHANNELS.openRequest];
    expect(channels.sort()).toEqual(Object.values(IPC_CHANNELS).filter((c) => !sentByMain.includes(c)).sort());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();

    const webPreferences = win.options['webPreferences'] as Record<string, unknown>;
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(webPreferences['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.options).toMatchObject({ show: false, backgroundColor: '#17191c', width: 1280, height: 860 });
    expect(win.loadURL).toHaveBeenCalledWith('app://glossa/index.html');
  });

  it('shows the window when it is ready to show', async () => {
    const { win } = await startApp();
    expect(win.show).not.toHaveBeenCalled();
    win.listeners.get('ready-to-show')?.();
    expect(win.show).toHaveBeenCalled();
  });

  it('loads the dev server in development', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    const { win } = await startApp();
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('never trusts ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    const { win } = await startApp({ isPackaged: true });
    expect(win.loadURL).toHaveBeenCalledWith('app://glossa/index.html');
  });

  it('brings the existing window forward on a second launch', async () => {
    const { state, win } = await startApp();
    state.appListeners.get('second-instance')?.({}, ['glossa'], '/home/u');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('hardens every webContents that is created', async () => {
    const state = await loadMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    state.appListeners.get('web-contents-created')?.({}, contents);
    const events = contents.on.mock.calls.map(([name]) => name);
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']));
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });
});

describe('closing and recovering the window', () => {
  const trustedEvent = (sender: unknown) => ({ sender, senderFrame: { url: 'app://glossa/index.html', parent: null } });

  it('holds the close, asks the renderer to prepare, and closes when the renderer confirms', async () => {
    const { state, win } = await startApp();
    const event = { preventDefault: vi.fn() };
    win.listeners.get('close')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(win.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.lifecycleRequest, { type: 'prepare-to-close' });
    expect(win.close).not.toHaveBeenCalled();
    const confirm = state.electron.ipcMain.handle.mock.calls.find(([channel]) => channel === IPC_CHANNELS.confirmClose)?.[1] as
      | ((event: unknown, ...args: unknown[]) => Promise<unknown>)
      | undefined;
    await confirm?.(trustedEvent(win.webContents), {});
    expect(win.close).toHaveBeenCalledTimes(1);
  });

  it('asks the user before closing when the renderer says something is not saved', async () => {
    const { state, win } = await startApp();
    const confirm = state.electron.ipcMain.handle.mock.calls.find(([channel]) => channel === IPC_CHANNELS.confirmClose)?.[1] as
      | ((event: unknown, ...args: unknown[]) => Promise<unknown>)
      | undefined;
    const showMessageBox = state.electron.dialog.showMessageBox;
    showMessageBox.mockResolvedValueOnce({ response: 0 });
    win.listeners.get('close')?.({ preventDefault: vi.fn() });
    await confirm?.(trustedEvent(win.webContents), { unsaved: 'The disk is full.' });
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ detail: expect.stringContaining('The disk is full.') })));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Keep Glossa Open: nothing closes.
    expect(win.close).not.toHaveBeenCalled();
    showMessageBox.mockResolvedValueOnce({ response: 1 });
    win.listeners.get('close')?.({ preventDefault: vi.fn() });
    await confirm?.(trustedEvent(win.webContents), { unsaved: 'The disk is full.' });
    await vi.waitFor(() => expect(win.close).toHaveBeenCalledTimes(1));
  });

  it('reloads a renderer that crashed and tells the user', async () => {
    const { state, win } = await startApp();
    const gone = win.webContents.on.mock.calls.find(([name]) => name === 'render-process-gone')?.[1] as ((...args: unknown[]) => void) | undefined;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    gone?.({}, { reason: 'crashed', exitCode: 139 });
    expect(win.webContents.reload).toHaveBeenCalled();
    expect(state.electron.dialog.showMessageBox).toHaveBeenCalledWith(win, expect.objectContaining({ title: 'Glossa reloaded its window' }));
  });
});

describe('opening files and recent documents', () => {
  const trustedEvent = (sender: unknown) => ({ sender, senderFrame: { url: 'app://glossa/index.html', parent: null } });
  type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
  const handler = (state: Awaited<ReturnType<typeof loadMain>>, channel: string) =>
    state.electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)?.[1] as Handler;
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'glossa-open-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads the files a second launch hands over, holds them until the renderer listens, and puts them on the OS recent list', async () => {
    const { state, win } = await startApp();
    writeFileSync(join(folder, 'review.xlf'), '<xliff/>');
    state.appListeners.get('second-instance')?.({}, ['/opt/Glossa/glossa', 'review.xlf', 'missing.tmx', 'photo.png'], folder);
    await vi.waitFor(() => expect(state.electron.app.addRecentDocument).toHaveBeenCalledWith(join(folder, 'review.xlf')));
    expect(state.electron.app.addRecentDocument).toHaveBeenCalledTimes(1);
    expect(win.focus).toHaveBeenCalled();
    const held = await handler(state, IPC_CHANNELS.takeOpenRequests)(trustedEvent(win.webContents));
    expect(held).toEqual([
      {
        type: 'files',
        files: [
          { ok: true, name: 'review.xlf', bytes: new Uint8Array(Buffer.from('<xliff/>')) },
          { ok: false, name: 'missing.tmx', reason: 'it no longer exists' },
        ],
      },
    ]);
    // Listening now: the next file goes straight to the window.
    writeFileSync(join(folder, 'terms.tbx'), '<tbx/>');
    state.appListeners.get('open-file')?.({ preventDefault: vi.fn() }, join(folder, 'terms.tbx'));
    await vi.waitFor(() =>
      expect(win.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.openRequest, { type: 'files', files: [expect.objectContaining({ ok: true, name: 'terms.tbx' })] }),
    );
  });

  it('fills File › Open Recent from the renderer list, opens the document chosen, and Clear Menu empties the OS list too', async () => {
    const { state, win } = await startApp();
    await handler(state, IPC_CHANNELS.takeOpenRequests)(trustedEvent(win.webContents));
    await handler(state, IPC_CHANNELS.setRecentDocuments)(trustedEvent(win.webContents), [{ id: 'd1', title: 'Budget report' }]);
    const template = state.electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as Array<{ label?: string; submenu?: Array<{ label?: string; submenu?: unknown; click?: () => void }> }>;
    const recent = template[0]?.submenu?.find((item) => item.label === 'Open Recent')?.submenu as Array<{ label?: string; click?: () => void }>;
    expect(recent[0]?.label).toBe('Budget report');
    recent[0]?.click?.();
    expect(win.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.openRequest, { type: 'document', documentId: 'd1' });
    const clear = recent.find((item) => item.label === 'Clear Menu');
    clear?.click?.();
    expect(state.electron.app.clearRecentDocuments).toHaveBeenCalled();
    // The same list again does not rebuild the menu.
    const builds = state.electron.Menu.setApplicationMenu.mock.calls.length;
    await handler(state, IPC_CHANNELS.setRecentDocuments)(trustedEvent(win.webContents), [{ id: 'd1', title: 'Budget report' }]);
    expect(state.electron.Menu.setApplicationMenu.mock.calls.length).toBe(builds);
  });
});
