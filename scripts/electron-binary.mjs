// Node (npm scripts and the Electron end-to-end spec): where Electron's binary is, how to
// try downloading it once, and what to tell the user when it cannot be had.
//
// The `electron` npm package holds no binary: its install script downloads one into
// node_modules/electron/dist and writes the executable's relative path to path.txt.
// `require('electron')` would retry that download and throw, so this module reads the
// same files itself and never requires the package.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** install.js is given this long; it fails in about a second when offline, so this is for slow links. */
export const DOWNLOAD_TIMEOUT_MS = 90_000;

/** The executable inside dist/ for a platform, as Electron's install.js names it. */
export function platformExecutable(platform = process.platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    default:
      return null;
  }
}

export function electronPackageDir(root) {
  return join(root, 'node_modules', 'electron');
}

/**
 * Where Electron's binary is (found: true) or should be (found: false, with why).
 * Honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does.
 */
export function findElectronBinary({ root = process.cwd(), platform = process.platform, env = process.env } = {}) {
  const packageDir = electronPackageDir(root);
  if (!existsSync(join(packageDir, 'package.json'))) {
    return { found: false, path: packageDir, reason: 'the electron package is not installed; run `npm install`' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable(platform);
  if (!executable) return { found: false, path: packageDir, reason: `Electron has no build for ${platform}` };
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, executable);
  if (existsSync(binary)) return { found: true, path: binary };
  return { found: false, path: binary, reason: `Electron's binary is not present at ${binary}` };
}

const NETWORK_FAILURE = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|socket hang up|getaddrinfo/i;

/**
 * One short line from install.js's output: the first error line without its class name
 * or stack, e.g. "fetch failed" or "checksum mismatch", explained when it is the network.
 */
export function shortReason(output) {
  const lines = String(output)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  const errorLine = lines.find((line) => /error/i.test(line)) ?? lines[0] ?? '';
  const detail = errorLine.replace(/^(?:[A-Za-z]*Error|Error)(?:\s*\[[^\]]*\])?:\s*/, '').slice(0, 160);
  if (!detail) return 'the installer gave no reason';
  if (NETWORK_FAILURE.test(output)) return `the download server could not be reached: ${detail}`;
  return detail;
}

/**
 * Run node_modules/electron/install.js once, with a time limit. Resolves with
 * { ok: true } or { ok: false, reason } and never rejects.
 */
export function downloadElectron({ root = process.cwd(), timeoutMs = DOWNLOAD_TIMEOUT_MS, env = process.env } = {}) {
  const script = join(electronPackageDir(root), 'install.js');
  if (!existsSync(script)) return Promise.resolve({ ok: false, reason: 'the electron package is not installed; run `npm install`' });
  return new Promise((resolve) => {
    let output = '';
    let settled = false;
    const child = spawn(process.execPath, [script], { cwd: electronPackageDir(root), env, stdio: ['ignore', 'pipe', 'pipe'] });
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ ok: false, reason: `no answer from the download server after ${Math.ceil(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => finish({ ok: false, reason: error.message }));
    child.on('close', (code) => finish(code === 0 ? { ok: true } : { ok: false, reason: shortReason(output) }));
  });
}

/** The one message `npm run dist` prints when there is no Electron binary to package. */
export function distUnavailableMessage(reason) {
  return [
    `npm run dist packages Electron's binary, which is not available here (${reason}).`,
    'Run `npm install` on a machine that can reach Electron\'s download server (github.com), then `npm run dist` there.',
  ].join('\n');
}

/** The one message `npm run dist` prints when electron-builder itself could not download what a target needs. */
export function builderDownloadMessage(output) {
  if (!NETWORK_FAILURE.test(String(output))) return null;
  return [
    `electron-builder could not download the tools it packages with (${shortReason(output)}).`,
    'The configuration is in package.json under "build"; run `npm run dist` on a machine that can reach github.com.',
  ].join('\n');
}
