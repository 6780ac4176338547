// Main process entry, built by electron-vite to out/main/index.js (CommonJS).
//
// Wiring only: every decision (what a window may load, which IPC calls are accepted,
// where the window goes, what the menu holds) lives in a small tested module beside
// this file. Nothing here is unit-tested because it needs a real Electron.
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { IPC_CHANNELS, type MenuCommand } from '@core/host';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { registerHostHandlers } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents, trustedOrigins } from './navigation';
import { secureWebPreferences } from './web-preferences';
import {
  MIN_WINDOW_SIZE,
  WINDOW_STATE_FILE,
  captureWindowState,
  clampToWorkAreas,
  createStateSaver,
  loadWindowState,
} from './window-state';

/** electron-vite sets this in `dev` only; a packaged app never trusts it. */
const devServerUrl = (!app.isPackaged && process.env['ELECTRON_RENDERER_URL']) || undefined;
const origins = trustedOrigins(devServerUrl);
const rendererDir = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.cjs');

/** Ids of the webContents of windows Glossa created: the only ones whose IPC calls are served. */
const appContentsIds = new Set<number>();
let mainWindow: BrowserWindow | null = null;

// Both must happen before `ready`.
app.enableSandbox();
registerAppScheme(protocol);

// Matches --bg in app/theme.css, so the window does not flash white in dark mode.
const backgroundColor = (): string => (nativeTheme.shouldUseDarkColors ? '#17191c' : '#f6f5f2');

async function writeTextAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

function workAreasPrimaryFirst() {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

async function createMainWindow(): Promise<BrowserWindow> {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const remembered = await loadWindowState(() => readFile(stateFile, 'utf8'));
  const state = clampToWorkAreas(remembered, workAreasPrimaryFirst());

  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: app.name,
    show: false,
    backgroundColor: backgroundColor(),
    webPreferences: secureWebPreferences(preloadPath),
  });
  mainWindow = win;
  const contentsId = win.webContents.id;
  appContentsIds.add(contentsId);

  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });

  const saver = createStateSaver((text) => writeTextAtomically(stateFile, text), {
    onError: (error) => console.warn('Glossa could not remember the window position:', error),
  });
  const remember = (): void => saver.schedule(captureWindowState(win));
  win.on('resize', remember);
  win.on('move', remember);
  win.on('maximize', remember);
  win.on('unmaximize', remember);
  win.on('close', () => void saver.flush(captureWindowState(win)));
  win.on('closed', () => {
    appContentsIds.delete(contentsId);
    if (mainWindow === win) mainWindow = null;
  });

  await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target && appContentsIds.has(target.webContents.id)) target.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function registerIpc(): void {
  registerHostHandlers(ipcMain, {
    origins,
    isAppWindow: (sender: WebContents) => !sender.isDestroyed() && appContentsIds.has(sender.id),
    showOpenDialog: (owner, options) => {
      const parent = BrowserWindow.fromWebContents(owner);
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (owner, options) => {
      const parent = BrowserWindow.fromWebContents(owner);
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    stat: (path) => stat(path),
    readFile: (path) => readFile(path),
    writeFile: (path, data) => writeFile(path, data),
    readClipboardText: () => clipboard.readText(),
    openExternal: (url) => shell.openExternal(url),
    appInfo: () => ({
      name: app.name,
      version: app.getVersion(),
      platform: 'electron',
      dataLocation: `the folder ${app.getPath('userData')} on this computer`,
    }),
    defaultSaveDirectory: () => app.getPath('documents'),
  });
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererDir, readFile: (path) => readFile(path) }));
  hardenSession(session.defaultSession, origins);
  registerIpc();
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ platform: process.platform, appName: app.name, isPackaged: app.isPackaged, send: sendMenuCommand }),
    ),
  );
  nativeTheme.on('updated', () => {
    for (const win of BrowserWindow.getAllWindows()) win.setBackgroundColor(backgroundColor());
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
  await createMainWindow();
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error('Glossa could not start:', error);
  dialog.showErrorBox('Glossa could not start', message);
  app.exit(1);
}

// One Glossa at a time: a second launch brings the first window forward. Two instances
// would write to the same IndexedDB and the same window-state file.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // Every webContents, including any a bug or an attacker might create, gets the guards.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { origins, openExternal: (url) => shell.openExternal(url) });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(fail);
}
