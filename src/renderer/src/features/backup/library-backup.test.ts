// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Host, WriteBackupRequest } from '@core/host';
import { createDocument, describeBackup, registerPendingWriter, setSetting } from '../../db';
import { deleteTestDatabase, documentInput, openTestDatabase } from '../../db/test-database';
import type { GlossaDatabase } from '../../db';
import { SafetyBackupError, answerLifecycleRequest, backUpLibrary, restoreLibrary } from './library-backup';

const opened: GlossaDatabase[] = [];
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const database of opened.splice(0)) await deleteTestDatabase(database);
});

function database(): GlossaDatabase {
  const { db } = openTestDatabase();
  opened.push(db);
  return db;
}

function fakeHost(overrides: Partial<Host> = {}) {
  const written: WriteBackupRequest[] = [];
  const host = {
    kind: 'electron',
    getAppInfo: vi.fn(async () => ({ name: 'Glossa', version: '9.9.9', platform: 'electron' as const, dataLocation: '' })),
    writeBackup: vi.fn(async (request: WriteBackupRequest) => {
      written.push(request);
      return { saved: true as const, name: 'glossa-x.json', location: 'the backups folder' };
    }),
    confirmClose: vi.fn(async () => {}),
    ...overrides,
  } as unknown as Host;
  return { host, written };
}

describe('backing up through the host', () => {
  it('flushes pending writes first, and passes the reason, schema and the number to keep', async () => {
    const db = database();
    await setSetting(db, 'backupsToKeep', 3);
    const { host, written } = fakeHost();
    let flushed = false;
    cleanups.push(registerPendingWriter({ flush: async () => void (flushed = true), hasPending: () => !flushed }));
    await backUpLibrary(db, host, 'daily');
    expect(flushed).toBe(true);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ reason: 'daily', keep: 3, schemaVersion: db.verno });
    expect(describeBackup(written[0]!.data, 'x.json').header).toMatchObject({ reason: 'daily', appVersion: '9.9.9' });
  });

  it('before a close: writes the quit backup and confirms; confirms even when the backup fails', async () => {
    const db = database();
    const { host, written } = fakeHost();
    await answerLifecycleRequest(db, host, { type: 'prepare-to-close' });
    expect(written[0]?.reason).toBe('quit');
    expect(host.confirmClose).toHaveBeenCalledWith({});

    const failing = fakeHost({ writeBackup: vi.fn(async () => Promise.reject(new Error('disk full'))) });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await answerLifecycleRequest(db, failing.host, { type: 'prepare-to-close' });
    expect(failing.host.confirmClose).toHaveBeenCalledWith({});
  });

  it('before a close: says what could not be saved, and still writes the quit backup of what is stored', async () => {
    const db = database();
    const { host, written } = fakeHost();
    cleanups.push(registerPendingWriter({ flush: async () => Promise.reject(new Error('The disk is full.')), hasPending: () => true }));
    await answerLifecycleRequest(db, host, { type: 'prepare-to-close' });
    expect(written.map((request) => request.reason)).toEqual(['quit']);
    expect(host.confirmClose).toHaveBeenCalledWith({ unsaved: 'The disk is full.' });
  });
});

describe('restoring through the host', () => {
  it('backs up the current library first, then restores', async () => {
    const source = database();
    await createDocument(source, documentInput({ title: 'From the backup' }));
    const { host: sourceHost, written: sourceWritten } = fakeHost();
    await backUpLibrary(source, sourceHost, 'manual');

    const target = database();
    await createDocument(target, documentInput({ title: 'Current work' }));
    const { host, written } = fakeHost();
    await restoreLibrary(target, host, sourceWritten[0]!.data, 'backup.json');
    expect(written[0]?.reason).toBe('before-restore');
    expect(describeBackup(written[0]!.data, 'safety.json').header.documents.map((document) => document.title)).toEqual(['Current work']);
    expect((await target.documents.toArray()).map((document) => document.title)).toEqual(['From the backup']);
  });

  it('restores nothing when the current library could not be backed up first', async () => {
    const source = database();
    const { host: sourceHost, written: sourceWritten } = fakeHost();
    await backUpLibrary(source, sourceHost, 'manual');
    const target = database();
    await createDocument(target, documentInput({ title: 'Current work' }));
    const { host } = fakeHost({ writeBackup: vi.fn(async () => ({ saved: false as const })) });
    await expect(restoreLibrary(target, host, sourceWritten[0]!.data, 'backup.json')).rejects.toBeInstanceOf(SafetyBackupError);
    expect((await target.documents.toArray()).map((document) => document.title)).toEqual(['Current work']);
  });
});
