import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  downloadElectron,
  findElectronBinary,
  platformExecutable,
  shortReason,
  builderDownloadMessage,
  distUnavailableMessage,
} from './electron-binary.mjs';

let root: string;
const packageDir = () => join(root, 'node_modules', 'electron');

function installPackage(files: Record<string, string> = {}): void {
  mkdirSync(packageDir(), { recursive: true });
  writeFileSync(join(packageDir(), 'package.json'), '{"name":"electron","version":"45.4.1"}');
  for (const [name, content] of Object.entries(files)) {
    const path = join(packageDir(), name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'glossa-electron-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('findElectronBinary', () => {
  it('says so when the electron package is not installed at all', () => {
    expect(findElectronBinary({ root, env: {} })).toMatchObject({ found: false, reason: expect.stringContaining('npm install') });
  });

  it('reports the expected path when the binary was never downloaded', () => {
    installPackage();
    const lookup = findElectronBinary({ root, platform: 'linux', env: {} });
    expect(lookup).toEqual({
      found: false,
      path: join(packageDir(), 'dist', 'electron'),
      reason: `Electron's binary is not present at ${join(packageDir(), 'dist', 'electron')}`,
    });
  });

  it('finds the binary named in path.txt under dist/', () => {
    installPackage({ 'path.txt': 'Electron.app/Contents/MacOS/Electron', 'dist/Electron.app/Contents/MacOS/Electron': '' });
    expect(findElectronBinary({ root, platform: 'linux', env: {} })).toEqual({
      found: true,
      path: join(packageDir(), 'dist', 'Electron.app/Contents/MacOS/Electron'),
    });
  });

  it('falls back to the platform’s executable name without path.txt', () => {
    installPackage({ 'dist/electron.exe': '' });
    expect(findElectronBinary({ root, platform: 'win32', env: {} })).toMatchObject({ found: true });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    installPackage();
    const custom = join(root, 'custom-dist');
    mkdirSync(custom);
    writeFileSync(join(custom, 'electron'), '');
    expect(findElectronBinary({ root, platform: 'linux', env: { ELECTRON_OVERRIDE_DIST_PATH: custom } })).toEqual({
      found: true,
      path: join(custom, 'electron'),
    });
  });

  it('knows each platform’s executable', () => {
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(platformExecutable('aix')).toBeNull();
  });
});

describe('shortReason', () => {
  it('turns an offline stack trace into one line about the network', () => {
    const output = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)',
    ].join('\n');
    expect(shortReason(output)).toBe('the download server could not be reached: fetch failed');
  });

  it('keeps other errors as they are, without the class name', () => {
    expect(shortReason('Error: Generated checksum for "electron.zip" did not match expected checksum.\n    at x')).toBe(
      'Generated checksum for "electron.zip" did not match expected checksum.',
    );
  });

  it('copes with no output', () => {
    expect(shortReason('')).toBe('the installer gave no reason');
  });
});

describe('downloadElectron', () => {
  it('reports the installer’s failure in one line', async () => {
    installPackage({ 'install.js': "console.error('TypeError: fetch failed\\n    at somewhere'); process.exit(1);" });
    await expect(downloadElectron({ root, timeoutMs: 10_000 })).resolves.toEqual({
      ok: false,
      reason: 'the download server could not be reached: fetch failed',
    });
  });

  it('gives up on an installer that hangs', async () => {
    installPackage({ 'install.js': 'setInterval(() => {}, 1000);' });
    const started = Date.now();
    const result = await downloadElectron({ root, timeoutMs: 300 });
    expect(result).toEqual({ ok: false, reason: 'no answer from the download server after 1 s' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('succeeds when the installer puts the binary in place', async () => {
    const script = [
      "const { mkdirSync, writeFileSync } = require('node:fs');",
      "mkdirSync('dist', { recursive: true });",
      "writeFileSync('dist/electron', '');",
      "writeFileSync('path.txt', 'electron');",
    ].join('\n');
    installPackage({ 'install.js': script });
    chmodSync(join(packageDir(), 'install.js'), 0o755);
    await expect(downloadElectron({ root, timeoutMs: 10_000 })).resolves.toEqual({ ok: true });
    expect(findElectronBinary({ root, platform: 'linux', env: {} })).toMatchObject({ found: true });
  });

  it('does not try when the electron package is missing', async () => {
    await expect(downloadElectron({ root })).resolves.toMatchObject({ ok: false, reason: expect.stringContaining('npm install') });
  });
});

describe('npm run dist messages', () => {
  it('names why there is no binary to package and where it can be done', () => {
    const message = distUnavailableMessage('the download server could not be reached: fetch failed');
    expect(message.split('\n')).toHaveLength(2);
    expect(message).toContain('(the download server could not be reached: fetch failed)');
    expect(message).toContain('npm run dist');
  });

  it('explains a builder download that failed for the network, in one message, and nothing else', () => {
    const offline = 'Error: getaddrinfo ENOTFOUND github.com\n    at GetAddrInfoReqWrap.onlookup';
    expect(builderDownloadMessage(offline)).toContain('could not download the tools it packages with (the download server could not be reached: getaddrinfo ENOTFOUND github.com)');
    expect(builderDownloadMessage('⨯ Application entry file "out/main/index.js" does not exist')).toBeNull();
  });
});
