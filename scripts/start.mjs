#!/usr/bin/env node
// Node (`npm start`): build and launch the desktop app. Where Electron's binary cannot be had,
// build the web app, serve it on a fixed local address and open it in an installed Chromium,
// Chrome, Edge or Brave as an app window; the server stops when the window closes. With
// neither, one message says what to install. `npm start -- --browser` takes the browser path
// even where Electron is there.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOWNLOAD_TIMEOUT_MS, downloadElectron, findElectronBinary } from './electron-binary.mjs';
import { APP_PORT, appWindowArguments, buildAndServe, findBrowser, noWindowMessage, userDataFolder } from './browser-app.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');

/** Run electron-vite with this terminal; resolve with its exit code. */
function electronViteRun(args, binary) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [electronVite, ...args], {
      cwd: root,
      stdio: 'inherit',
      // electron-vite reads the binary from here instead of resolving the electron package.
      env: { ...process.env, ELECTRON_EXEC_PATH: binary },
    });
    child.on('error', (error) => {
      console.error(`Could not run electron-vite ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Electron's binary, downloading it once if it is missing: { ok: true, path } or { ok: false, reason }. */
async function electron() {
  let binary = findElectronBinary({ root });
  if (binary.found) return { ok: true, path: binary.path };
  console.log(`Electron's binary is not installed yet; trying to download it (up to ${DOWNLOAD_TIMEOUT_MS / 1000} s)…`);
  const download = await downloadElectron({ root, timeoutMs: DOWNLOAD_TIMEOUT_MS });
  binary = findElectronBinary({ root });
  if (download.ok && binary.found) return { ok: true, path: binary.path };
  return { ok: false, reason: download.ok ? binary.reason : download.reason };
}

/** Glossa in a browser's app window, served from this machine until the window closes. */
async function inBrowser(why) {
  const browser = findBrowser();
  if (!browser) {
    console.error(noWindowMessage(why));
    return 1;
  }
  const port = Number(process.env.GLOSSA_START_PORT ?? APP_PORT);
  const server = await buildAndServe(root, port, { portInUse: 'the port is in use: is Glossa already open?' });
  if (!server) return 1;
  const url = `http://127.0.0.1:${port}/`;
  const profile = join(userDataFolder(), 'browser-profile');
  mkdirSync(profile, { recursive: true });
  const window = spawn(browser.path, appWindowArguments(url, { profile }), { stdio: 'ignore' });
  console.log(`${why ? `Electron is not available here (${why}), so ` : ''}Glossa opened in ${browser.name} (${browser.path}) at ${url}; close its window to stop.`);
  const stop = () => window.kill();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await new Promise((resolve) => {
    window.on('error', (error) => {
      console.error(`${browser.name} could not be started: ${error.message}`);
      resolve(1);
    });
    window.on('close', () => resolve(0));
  });
  await server.close();
  return code;
}

async function main() {
  if (process.argv.includes('--browser')) return inBrowser('');
  const binary = await electron();
  if (!binary.ok) return inBrowser(binary.reason);
  if (!existsSync(electronVite)) {
    console.error('electron-vite is not installed; run `npm install` first.');
    return 1;
  }
  const built = await electronViteRun(['build'], binary.path);
  if (built !== 0) return built;
  // preview would build again by default.
  return electronViteRun(['preview', '--skipBuild'], binary.path);
}

process.exitCode = await main();
