import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlossaDatabase } from './database';
import { listDocuments } from './documents';
import { ensureSampleDocument } from './first-run';
import { getSetting, setSetting } from './settings';
import { deleteTestDatabase, documentInput, openTestDatabase } from './test-database';
import { emptyTrash, moveToTrash } from './trash';

let db: GlossaDatabase;

beforeEach(() => {
  db = openTestDatabase().db;
});

afterEach(async () => {
  await deleteTestDatabase(db);
});

function sampleMaker() {
  return vi.fn(async () => documentInput({ title: 'Sample: provincial meeting', origin: { kind: 'sample', name: 'meeting' } }));
}

describe('ensureSampleDocument', () => {
  it('imports the sample on first run and opens it', async () => {
    const makeSample = sampleMaker();

    const sample = await ensureSampleDocument(db, makeSample);

    expect(sample?.title).toBe('Sample: provincial meeting');
    expect((await listDocuments(db)).map((document) => document.id)).toEqual([sample?.id]);
    expect(await getSetting(db, 'sampleImported', false)).toBe(true);
    expect(await getSetting(db, 'lastOpenedDocumentId', null)).toBe(sample?.id);
  });

  it('does nothing on a second run, even after the sample was trashed or removed', async () => {
    const makeSample = sampleMaker();
    const sample = await ensureSampleDocument(db, makeSample);

    expect(await ensureSampleDocument(db, makeSample)).toBeNull();
    await moveToTrash(db, sample!.id);
    expect(await ensureSampleDocument(db, makeSample)).toBeNull();
    await emptyTrash(db);
    expect(await ensureSampleDocument(db, makeSample)).toBeNull();

    expect(makeSample).toHaveBeenCalledTimes(1);
    expect(await db.documents.count()).toBe(0);
  });

  it('creates exactly one sample when called twice at once (StrictMode runs effects twice)', async () => {
    const makeSample = sampleMaker();

    const [first, second] = await Promise.all([ensureSampleDocument(db, makeSample), ensureSampleDocument(db, makeSample)]);

    expect(await db.documents.count()).toBe(1);
    expect(first?.id).toBe(second?.id);
    expect(makeSample).toHaveBeenCalledTimes(1);
  });

  it('creates exactly one sample when two connections race (two windows)', async () => {
    const otherWindow = openTestDatabase({ name: db.name }).db;
    // Neither sample is handed over until both calls have passed the first "already imported?"
    // check, so only the check inside the transaction can stop the second import.
    let release = () => {};
    const bothChecked = new Promise<void>((resolve) => (release = resolve));
    let built = 0;
    const makeSample = async () => {
      built += 1;
      if (built === 2) release();
      await bothChecked;
      return documentInput({ origin: { kind: 'sample', name: 'meeting' } });
    };
    try {
      const results = await Promise.all([ensureSampleDocument(db, makeSample), ensureSampleDocument(otherWindow, makeSample)]);

      expect(built).toBe(2);
      expect(await db.documents.count()).toBe(1);
      expect(results.filter((result) => result !== null)).toHaveLength(1);
    } finally {
      otherWindow.close();
    }
  });

  it('leaves the sample unimported when building it fails, so the next start tries again', async () => {
    await expect(ensureSampleDocument(db, () => Promise.reject(new Error('sample missing')))).rejects.toThrow('sample missing');
    expect(await db.settings.count()).toBe(0);

    expect(await ensureSampleDocument(db, sampleMaker())).not.toBeNull();
  });

  it('does not switch away from a document the translator already opened', async () => {
    await setSetting(db, 'lastOpenedDocumentId', 'opened-meanwhile');

    await ensureSampleDocument(db, sampleMaker());

    expect(await getSetting(db, 'lastOpenedDocumentId', null)).toBe('opened-meanwhile');
  });
});
