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
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { IPC_CHANNELS, MAX_OPEN_BYTES, electronRuntime, type LifecycleRequest, type MenuCommand, type OpenedFile, type RecentDocument } from '@core/host';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { DAY_MS, createBackupStore, isDailyBackupDue, type BackupStore } from './backups';
import { createCloseGuard, type CloseGuard } from './close-guard';
import { recoverFromGone } from './render-process-gone';
import { readPickedFile, registerHostHandlers } from './ipc-handlers';
import { createOpenQueue, openablePaths } from './open-requests';
import { buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents, trustedOrigins } from './navigation';
import { secureWebPreferences } from './web-preferences';
import {
  MIN_WINDOW_SIZE,
  WINDOW_STATE_FILE,
  captureWindowState,
  clampToWorkAreas,
  createStateSaver,
  displayLayoutKey,
  loadWindowStateFile,
  rememberForLayout,
  stateForLayout,
} from './window-state';
import { errorMessage } from '@core/errors';

/** electron-vite sets this in `dev` only; a packaged app never trusts it. */
const devServerUrl = (!app.isPackaged && process.env['ELECTRON_RENDERER_URL']) || undefined;
const origins = trustedOrigins(devServerUrl);
const rendererDir = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.cjs');

/** Ids of the webContents of windows Glossa created: the only ones whose IPC calls are served. */
const appContentsIds = new Set<number>();
let mainWindow: BrowserWindow | null = null;
/** Close guards by webContents id: main holds a window's close until its renderer has stored everything. */
const closeGuards = new Map<number, CloseGuard>();
let backupStore: BackupStore | null = null;
/** The first window is there: from now on an open request with no window opens one. */
let started = false;
/** File › Open Recent, as the renderer last listed it. */
let recentDocuments: RecentDocument[] = [];
/** Files and recent documents to open, held until the renderer listens. */
const openQueue = createOpenQueue((contentsId, request) => {
  if (mainWindow && !mainWindow.isDestroyed() && mainWindow.webContents.id === contentsId) mainWindow.webContents.send(IPC_CHANNELS.openRequest, request);
});
/** How often main checks whether the daily backup is due (a laptop asleep at the 24-hour mark still gets one on waking). */
const DAILY_CHECK_MS = 60 * 60 * 1000;

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
  // Where the window was with the displays there are now (docked, undocked), else where it was last.
  let stateFileContents = await loadWindowStateFile(() => readFile(stateFile, 'utf8'));
  const state = clampToWorkAreas(stateForLayout(stateFileContents, displayLayoutKey(workAreasPrimaryFirst())), workAreasPrimaryFirst());

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
    toText: (remembered) => {
      stateFileContents = rememberForLayout(stateFileContents, displayLayoutKey(workAreasPrimaryFirst()), remembered);
      return JSON.stringify(stateFileContents);
    },
  });
  const remember = (): void => saver.schedule(captureWindowState(win));
  win.on('resize', remember);
  win.on('move', remember);
  win.on('maximize', remember);
  win.on('unmaximize', remember);
  win.on('close', () => void saver.flush(captureWindowState(win)));
  const guard = createCloseGuard({
    askRenderer: () => sendLifecycleRequest(win, { type: 'prepare-to-close' }),
    close: () => win.close(),
    onTimeout: () => console.warn('Glossa closed the window without the renderer confirming its last save (timeout).'),
  });
  closeGuards.set(contentsId, guard);
  win.on('close', (event) => guard.onClose(event));
  const reloads: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    const recovery = recoverFromGone(details.reason, reloads, Date.now());
    if (recovery.action === 'none') return;
    console.error(`Glossa's renderer is gone (${details.reason}, exit code ${details.exitCode}).`);
    if (recovery.action === 'reload' && !win.isDestroyed()) win.webContents.reload();
    void dialog.showMessageBox(win, { type: recovery.action === 'reload' ? 'info' : 'error', title: recovery.title, message: recovery.title, detail: recovery.message });
  });
  // A reloaded or crashed page listens again once it has started; until then main holds what comes.
  win.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) openQueue.detach(contentsId);
  });
  win.webContents.on('render-process-gone', () => openQueue.detach(contentsId));
  win.on('closed', () => {
    openQueue.detach(contentsId);
    appContentsIds.delete(contentsId);
    closeGuards.delete(contentsId);
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

/** Sends a lifecycle request; false when the renderer cannot receive it (crashed, gone, never loaded). */
function sendLifecycleRequest(win: BrowserWindow, request: LifecycleRequest): boolean {
  const contents = win.webContents;
  if (win.isDestroyed() || contents.isDestroyed() || contents.isCrashed() || !appContentsIds.has(contents.id)) return false;
  contents.send(IPC_CHANNELS.lifecycleRequest, request);
  return true;
}

async function requestDailyBackupIfDue(): Promise<void> {
  if (!backupStore || !mainWindow) return;
  const [newest] = await backupStore.list();
  if (isDailyBackupDue(newest, Date.now(), DAY_MS)) sendLifecycleRequest(mainWindow, { type: 'daily-backup' });
}

/** Files given on the command line, by "Open with" or the OS's recent list: read here, opened by the renderer. */
async function openPaths(paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  const files: OpenedFile[] = [];
  for (const path of paths.slice(0, 100)) {
    const file = await readPickedFile(path, { stat: (at) => stat(at), readFile: (at) => readFile(at) }, MAX_OPEN_BYTES);
    files.push(file);
    if (file.ok) app.addRecentDocument(path);
  }
  openQueue.add({ type: 'files', files });
  showWindowForOpen();
}

/** Forward the window that will open what was asked; on macOS, with every window closed, a new one. */
function showWindowForOpen(): void {
  if (started && BrowserWindow.getAllWindows().length === 0) void createMainWindow().catch(fail);
  else focusMainWindow();
}

function openRecent(documentId: string): void {
  openQueue.add({ type: 'document', documentId });
  showWindowForOpen();
}

function setMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        appName: app.name,
        isPackaged: app.isPackaged,
        send: sendMenuCommand,
        recent: recentDocuments,
        openRecent,
      }),
    ),
  );
}

function sendMenuCommand(command: MenuCommand): void {
  // Clear Menu empties the OS's list too; the renderer empties its own, and sends the empty list back.
  if (command === 'file.clearRecent') app.clearRecentDocuments();
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
    appInfo: () => ({
      name: app.name,
      version: app.getVersion(),
      platform: 'electron',
      dataLocation: `the folder ${app.getPath('userData')} on this computer`,
      runtime: electronRuntime(process.versions),
    }),
    defaultSaveDirectory: () => app.getPath('documents'),
    backups: backupStore ?? createStore(),
    confirmClose: (sender: WebContents, request) => void answerClose(sender, request.unsaved),
    setRecentDocuments: (documents) => {
      if (JSON.stringify(documents) === JSON.stringify(recentDocuments)) return;
      recentDocuments = documents;
      setMenu();
    },
    takeOpenRequests: (sender) => openQueue.take(sender.id),
    noteRecentFile: (path) => app.addRecentDocument(path),
  });
}

/** The renderer answered prepare-to-close; with unsaved work, the user decides. */
async function answerClose(sender: WebContents, unsaved: string | undefined): Promise<void> {
  const guard = closeGuards.get(sender.id);
  if (!guard || guard.state !== 'waiting') return;
  if (unsaved === undefined) return guard.confirm();
  guard.hold();
  const win = BrowserWindow.fromWebContents(sender);
  const options = {
    type: 'warning' as const,
    buttons: ['Keep Glossa Open', 'Close Anyway'],
    defaultId: 0,
    cancelId: 0,
    title: 'Some work is not saved',
    message: 'Some of your work could not be saved.',
    detail: `${unsaved}\n\nIf you close Glossa now, it is lost. Keep Glossa open and Glossa keeps trying to save it.`,
  };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (response === 1) guard.confirm();
  else guard.keepOpen();
}

function createStore(): BackupStore {
  backupStore = createBackupStore({
    userData: app.getPath('userData'),
    fs: {
      mkdir: async (path) => void (await mkdir(path, { recursive: true })),
      readdir: (path) => readdir(path),
      stat: (path) => stat(path),
      readFile: (path) => readFile(path),
      writeFile: (path, data) => writeFile(path, data),
      rename: (from, to) => rename(from, to),
      unlink: (path) => unlink(path),
    },
  });
  return backupStore;
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererDir, readFile: (path) => readFile(path) }));
  hardenSession(session.defaultSession, origins);
  registerIpc();
  setMenu();
  nativeTheme.on('updated', () => {
    for (const win of BrowserWindow.getAllWindows()) win.setBackgroundColor(backgroundColor());
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
  await createMainWindow();
  started = true;
  // Files this launch was given (`glossa review.xlf`, "Open with" on Windows and Linux).
  void openPaths(openablePaths(process.argv, process.cwd()));
  // A minute after start (the renderer has opened its database and subscribed by then), then every hour.
  const checkDaily = (): void => void requestDailyBackupIfDue().catch((error: unknown) => console.warn('Daily backup check failed:', error));
  setTimeout(checkDaily, 60_000).unref();
  setInterval(checkDaily, DAILY_CHECK_MS).unref();
}

function fail(error: unknown): void {
  const message = errorMessage(error);
  console.error('Glossa could not start:', error);
  dialog.showErrorBox('Glossa could not start', message);
  app.exit(1);
}

// One Glossa at a time: a second launch brings the first window forward. Two instances
// would write to the same IndexedDB and the same window-state file.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch with files (double-click in the file manager) opens them here.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    void openPaths(openablePaths(argv, workingDirectory));
  });
  // macOS hands files over by event, also before `ready` (a double-click that starts Glossa).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void app.whenReady().then(() => openPaths([path]));
  });
  // Every webContents, including any a bug or an attacker might create, gets the guards.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { origins, openExternal: (url) => shell.openExternal(url) });
  });
  // A quit (Cmd+Q, the menu) is cancelled by the close guard's preventDefault; once the
  // window has closed after its renderer confirmed, the quit goes on, on macOS too.
  let quitRequested = false;
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitRequested) app.quit();
  });
  app.whenReady().then(start).catch(fail);
}
