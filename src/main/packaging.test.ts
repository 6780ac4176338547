// The packaging configuration (package.json "build", read by electron-builder): accepted by
// electron-builder's own schema, a target for each desktop system, and Electron's fuses set
// as DESIGN.md's security checklist asks. The last test packages a stand-in Electron with the
// real electron-builder and reads the fuses back out of the packaged binary.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { OPENABLE_EXTENSIONS } from './open-requests';

const ROOT = resolve(__dirname, '../..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; build: Record<string, unknown> & { electronFuses: Record<string, boolean> } };
const CONFIG = PACKAGE.build;
/** A fuse's byte on the wire: ASCII '1' enabled, '0' disabled (@electron/fuses' FuseState, not exported from its index). */
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);

/** Each fuse, by electron-builder's name and @electron/fuses' wire position, and the state Glossa requires. */
const REQUIRED_FUSES: ReadonlyArray<[keyof typeof CONFIG.electronFuses, FuseV1Options, boolean]> = [
  ['runAsNode', FuseV1Options.RunAsNode, false],
  ['enableNodeOptionsEnvironmentVariable', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  ['enableNodeCliInspectArguments', FuseV1Options.EnableNodeCliInspectArguments, false],
  ['enableEmbeddedAsarIntegrityValidation', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  ['onlyLoadAppFromAsar', FuseV1Options.OnlyLoadAppFromAsar, true],
  ['enableCookieEncryption', FuseV1Options.EnableCookieEncryption, true],
  // Glossa is served from app://, never file://.
  ['grantFileProtocolExtraPrivileges', FuseV1Options.GrantFileProtocolExtraPrivileges, false],
];

describe('packaging configuration', () => {
  it('is valid for electron-builder (its own schema validator)', async () => {
    // @ts-expect-error -- app-builder-lib ships no types for this internal module
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(CONFIG, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...CONFIG, electronFuse: {} }, { isEnabled: false, add: () => undefined })).rejects.toThrow(/electronFuse/);
  });

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS, from an asar', () => {
    expect(CONFIG).toMatchObject({
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
      asar: true,
    });
  });

  it('sets every fuse the security checklist names', () => {
    for (const [name, , required] of REQUIRED_FUSES) expect(CONFIG.electronFuses[name], name).toBe(required);
  });

  it('registers Glossa for "Open with" on exactly the files it opens from the command line', () => {
    const associations = CONFIG['fileAssociations'] as Array<{ ext: string | string[]; name: string; role: string }>;
    const extensions = associations.flatMap((association) => association.ext);
    expect([...extensions].sort()).toEqual([...OPENABLE_EXTENSIONS].sort());
    // Glossa offers itself for plain documents but does not claim them from the user's editor.
    const documents = associations.find((association) => [association.ext].flat().includes('txt'));
    expect(documents).toMatchObject({ role: 'Viewer', rank: 'Alternate' });
  });

  it('ships the built app only: no sources, no web build, no node_modules', () => {
    expect(CONFIG['files']).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/node_modules/**']);
    expect(PACKAGE.main).toBe('out/main/index.js');
  });

  it.runIf(process.platform === 'linux')(
    'packaged, the Electron binary carries those fuses (electron-builder with a stand-in Electron that has a fuse wire)',
    { timeout: 120_000 },
    async () => {
      const work = mkdtempSync(join(tmpdir(), 'glossa-dist-'));
      try {
        // A stand-in for Electron's dist/: an executable holding the fuse sentinel and a wire of
        // eight fuses, all enabled, as @electron/fuses finds it in the real binary.
        const electronDist = join(work, 'electron');
        mkdirSync(electronDist);
        const wire = Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from('11111111')]);
        writeFileSync(join(electronDist, 'electron'), wire);
        chmodSync(join(electronDist, 'electron'), 0o755);
        writeFileSync(join(electronDist, 'LICENSE'), 'MIT');
        // The app: Glossa's package.json (without its dependencies) and an entry file.
        const app = join(work, 'app');
        mkdirSync(join(app, 'out', 'main'), { recursive: true });
        writeFileSync(join(app, 'out', 'main', 'index.js'), '// main');
        const { dependencies: _dependencies, devDependencies: _devDependencies, ...manifest } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        writeFileSync(join(app, 'package.json'), JSON.stringify(manifest));
        cpSync(join(ROOT, 'resources'), join(app, 'resources'), { recursive: true });

        const { build, Platform } = await import('electron-builder');
        await build({
          projectDir: app,
          targets: Platform.LINUX.createTarget('dir'),
          config: { ...CONFIG, electronDist, electronVersion: '45.4.1', directories: { output: join(work, 'dist'), buildResources: 'resources' } } as never,
          publish: 'never',
        });
        const packaged = join(work, 'dist', 'linux-unpacked', 'glossa');
        const fuses = await getCurrentFuseWire(packaged);
        for (const [name, index, required] of REQUIRED_FUSES) {
          expect(fuses[index], name).toBe(required ? ENABLED : DISABLED);
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );
});
