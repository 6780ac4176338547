#!/usr/bin/env node
// Node (`npm start`): build and launch the desktop app, or say in one message why it
// cannot start here and what to use instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOWNLOAD_TIMEOUT_MS, downloadElectron, findElectronBinary, unavailableMessage } from './electron-binary.mjs';

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

async function main() {
  let binary = findElectronBinary({ root });
  if (!binary.found) {
    console.log(`Electron's binary is not installed yet; trying to download it (up to ${DOWNLOAD_TIMEOUT_MS / 1000} s)…`);
    const download = await downloadElectron({ root, timeoutMs: DOWNLOAD_TIMEOUT_MS });
    binary = findElectronBinary({ root });
    if (!download.ok || !binary.found) {
      console.error(unavailableMessage(download.ok ? binary.reason : download.reason));
      return 1;
    }
  }
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
