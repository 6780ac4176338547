// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeBackup, restoreBackup, type ExportedLibrary } from './backup';
import { GlossaDatabase, openGlossaDatabase } from './database';
import { createDocument } from './documents';
import { LATEST_SCHEMA_VERSION } from './schema';
import { documentInput, uniqueDatabaseName } from './test-database';
import { backupBeforeUpgrade, storedSchemaVersion } from './upgrade-backup';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await GlossaDatabase.delete(name);
});

function name(): string {
  const unique = uniqueDatabaseName();
  names.push(unique);
  return unique;
}

describe('the backup before a schema upgrade', () => {
  it('exports a database stored at an older version at that version, before Dexie upgrades it', async () => {
    const dbName = name();
    const old = new GlossaDatabase({ name: dbName, schemaVersion: 1 });
    await createDocument(old, documentInput({ title: 'Written by the old Glossa' }));
    old.close();
    expect(await storedSchemaVersion(dbName)).toBe(1);

    const written: ExportedLibrary[] = [];
    const result = await backupBeforeUpgrade({ name: dbName, appVersion: '0.2.0', write: async (backup) => void written.push(backup) });
    expect(result).toEqual({ kind: 'written', storedVersion: 1 });
    expect(written).toHaveLength(1);
    const { header } = describeBackup(written[0]!.bytes, 'before-upgrade.json');
    expect(header).toMatchObject({ schemaVersion: 1, reason: 'before-upgrade', counts: { documents: 1 } });
    expect(header.documents.map((document) => document.title)).toEqual(['Written by the old Glossa']);
    // Still at version 1 until the app opens it.
    expect(await storedSchemaVersion(dbName)).toBe(1);
    const upgraded = await openGlossaDatabase(dbName);
    expect(upgraded.verno).toBe(LATEST_SCHEMA_VERSION);
    // And the backup restores into the upgraded database.
    await restoreBackup(upgraded, written[0]!.bytes, 'before-upgrade.json');
    expect((await upgraded.documents.toArray()).map((document) => document.title)).toEqual(['Written by the old Glossa']);
    upgraded.close();
  });

  it('writes nothing for a new database or one at the latest version', async () => {
    const write = vi.fn(async () => {});
    const fresh = name();
    expect(await backupBeforeUpgrade({ name: fresh, appVersion: '0', write })).toEqual({ kind: 'not-needed', storedVersion: null });
    const current = await openGlossaDatabase(fresh);
    current.close();
    expect(await backupBeforeUpgrade({ name: fresh, appVersion: '0', write })).toEqual({ kind: 'not-needed', storedVersion: LATEST_SCHEMA_VERSION });
    expect(write).not.toHaveBeenCalled();
  });

  it('reports a backup that could not be written, and the app can still open (and upgrade) the database', async () => {
    const dbName = name();
    const old = new GlossaDatabase({ name: dbName, schemaVersion: 1 });
    await old.open();
    old.close();
    const failure = new Error('disk full');
    const result = await backupBeforeUpgrade({ name: dbName, appVersion: '0', write: async () => Promise.reject(failure) });
    expect(result).toEqual({ kind: 'failed', storedVersion: 1, error: failure });
    const upgraded = await openGlossaDatabase(dbName);
    expect(upgraded.verno).toBe(LATEST_SCHEMA_VERSION);
    upgraded.close();
  });
});
