// Node (`npm start` without Electron, `npm run web`): the built web app served on a fixed
// local address, and an installed Chromium-family browser to open it in as an app window.
//
// The address is fixed because IndexedDB belongs to an origin: the same port every time
// keeps the translator's library between runs. The browser gets its own profile in Glossa's
// user-data folder, so the window is Glossa's alone and closing it ends the run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { homedir } from 'node:os';

/** Where `npm start` serves Glossa when it opens it in a browser: a stable origin. */
export const APP_PORT = 47913;
/** Where `npm run web` serves it (the README's address). */
export const WEB_PORT = 5173;
/** The build `npm start` and `npm run web` serve: apart from out/web, which the test suite serves. */
export const APP_WEB_OUT = 'out/app-web';

const NAMES = ['Chromium', 'Google Chrome', 'Microsoft Edge', 'Brave'];

/** Executables to look for on PATH (Linux and other Unixes), in order of preference. */
const UNIX_COMMANDS = [
  ['chromium', 'Chromium'],
  ['chromium-browser', 'Chromium'],
  ['google-chrome', 'Google Chrome'],
  ['google-chrome-stable', 'Google Chrome'],
  ['microsoft-edge', 'Microsoft Edge'],
  ['microsoft-edge-stable', 'Microsoft Edge'],
  ['brave-browser', 'Brave'],
  ['brave', 'Brave'],
];

function macCandidates(home) {
  const apps = [
    ['Chromium.app/Contents/MacOS/Chromium', 'Chromium'],
    ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome'],
    ['Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Microsoft Edge'],
    ['Brave Browser.app/Contents/MacOS/Brave Browser', 'Brave'],
  ];
  return ['/Applications', join(home, 'Applications')].flatMap((folder) => apps.map(([path, name]) => [join(folder, path), name]));
}

function windowsCandidates(env) {
  const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
  const apps = [
    ['Chromium\\Application\\chrome.exe', 'Chromium'],
    ['Google\\Chrome\\Application\\chrome.exe', 'Google Chrome'],
    ['Microsoft\\Edge\\Application\\msedge.exe', 'Microsoft Edge'],
    ['BraveSoftware\\Brave-Browser\\Application\\brave.exe', 'Brave'],
  ];
  return roots.flatMap((folder) => apps.map(([path, name]) => [`${folder}\\${path}`, name]));
}

/**
 * The first installed Chromium, Chrome, Edge or Brave: { path, name }, or null. GLOSSA_BROWSER
 * (a path) wins when it exists. `exists` is injectable for tests.
 */
export function findBrowser({ platform = process.platform, env = process.env, home = homedir(), exists = existsSync } = {}) {
  if (env.GLOSSA_BROWSER) return exists(env.GLOSSA_BROWSER) ? { path: env.GLOSSA_BROWSER, name: 'the browser in GLOSSA_BROWSER' } : null;
  let candidates;
  if (platform === 'darwin') candidates = macCandidates(home);
  else if (platform === 'win32') candidates = windowsCandidates(env);
  else {
    const folders = (env.PATH ?? '').split(delimiter).filter(Boolean);
    candidates = UNIX_COMMANDS.flatMap(([command, name]) => folders.map((folder) => [join(folder, command), name]));
  }
  const found = candidates.find(([path]) => exists(path));
  return found ? { path: found[0], name: found[1] } : null;
}

/** Glossa's user-data folder, where the desktop app keeps its data too (README, "Where your data lives"). */
export function userDataFolder({ platform = process.platform, env = process.env, home = homedir() } = {}) {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Glossa');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Glossa');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Glossa');
}

/**
 * The browser's arguments for an app window on `url` with its own profile. Chromium refuses
 * to run as root without --no-sandbox (a container); GLOSSA_BROWSER_ARGS adds more (the
 * tests run it headless with a debugging port).
 */
export function appWindowArguments(url, { profile, isRoot = process.getuid?.() === 0, env = process.env } = {}) {
  const extra = (env.GLOSSA_BROWSER_ARGS ?? '').split(/\s+/).filter(Boolean);
  return [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', ...(isRoot ? ['--no-sandbox'] : []), ...extra];
}

/** The one message when there is neither Electron nor a browser to open Glossa in. */
export function noWindowMessage(reason) {
  return [
    `Glossa cannot open a window here: Electron's binary could not be had (${reason}), and no ${NAMES.slice(0, -1).join(', ')} or ${NAMES.at(-1)} was found.`,
    'Install one of them (on Debian or Ubuntu: `sudo apt install chromium`) and run `npm start` again, or set GLOSSA_BROWSER to a Chromium-based browser.',
  ].join('\n');
}

/** Builds the web app into APP_WEB_OUT with the project's Vite; resolves with the exit code. */
export function buildWebApp(root) {
  return new Promise((resolve) => {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const child = spawn(process.execPath, [vite, 'build', '--config', 'vite.web.config.mts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      // The config is bundled on purpose (it imports core's CSP); Vite 8's note about its future native loader is noise here.
      env: { ...process.env, GLOSSA_WEB_OUT: APP_WEB_OUT, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Serves APP_WEB_OUT on 127.0.0.1:port (Vite's preview server, as the tests do); resolves with the server. */
export async function serveWebApp(root, port) {
  process.env.GLOSSA_WEB_OUT = APP_WEB_OUT;
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const { preview } = await import('vite');
  return preview({
    configFile: join(root, 'vite.web.config.mts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
}

/**
 * Builds the web app and serves it on 127.0.0.1:port: the server, or null once it has said in
 * one line why not (the build's own errors are on the terminal already).
 */
export async function buildAndServe(root, port, { portInUse = 'the port is in use' } = {}) {
  if ((await buildWebApp(root)) !== 0) return null;
  try {
    return await serveWebApp(root, port);
  } catch (error) {
    console.error(`Glossa could not be served on 127.0.0.1:${port} (${error.code === 'EADDRINUSE' ? portInUse : error.message}).`);
    return null;
  }
}
