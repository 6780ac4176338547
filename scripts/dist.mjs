#!/usr/bin/env node
// Node (`npm run dist`): build the app and package it with electron-builder for this
// platform (Linux: AppImage and deb; Windows: NSIS; macOS: dmg), with the fuses set in
// package.json's "build". Where Electron's binary or the builder's tools cannot be
// downloaded, one message says so. Extra arguments go to electron-builder (e.g. --dir).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builderDownloadMessage, distUnavailableMessage, downloadElectron, findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const electronBuilder = join(root, 'node_modules', 'electron-builder', 'cli.js');

/** Runs a Node script with this terminal, keeping its output; resolves with its exit code and output. */
function run(script, args) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (error) => resolve({ code: 1, output: error.message }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** The binary's folder as electron-builder's electronDist wants it: dist/, whatever the platform's executable path inside. */
function distFolder(binaryPath) {
  const marker = `${join('node_modules', 'electron', 'dist')}`;
  const at = binaryPath.indexOf(marker);
  return at >= 0 ? binaryPath.slice(0, at + marker.length) : dirname(binaryPath);
}

async function main() {
  for (const [tool, path] of [['electron-vite', electronVite], ['electron-builder', electronBuilder]]) {
    if (!existsSync(path)) {
      console.error(`${tool} is not installed; run \`npm install\` first.`);
      return 1;
    }
  }
  let binary = findElectronBinary({ root });
  if (!binary.found) {
    const download = await downloadElectron({ root });
    binary = findElectronBinary({ root });
    if (!download.ok || !binary.found) {
      console.error(distUnavailableMessage(download.ok ? binary.reason : download.reason));
      return 1;
    }
  }
  const built = await run(electronVite, ['build']);
  if (built.code !== 0) return built.code;
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  // The binary npm already has, not a second download of the same Electron.
  const packaged = await run(electronBuilder, [`--config.electronDist=${distFolder(binary.path)}`, `--config.electronVersion=${version}`, ...process.argv.slice(2)]);
  if (packaged.code !== 0) {
    const message = builderDownloadMessage(packaged.output);
    if (message) console.error(message);
    return packaged.code;
  }
  console.log('Packages are in dist/.');
  return 0;
}

process.exitCode = await main();
