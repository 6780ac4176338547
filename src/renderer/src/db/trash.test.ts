import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlossaDatabase } from './database';
import { createDocument, getDocument, listDocuments, listTrash } from './documents';
import type { ManualClock } from './test-database';
import { deleteTestDatabase, documentInput, insertAnnotation, openTestDatabase } from './test-database';
import { emptyTrash, moveToTrash, restoreFromTrash } from './trash';

let db: GlossaDatabase;
let clock: ManualClock;

beforeEach(() => {
  ({ db, clock } = openTestDatabase());
});

afterEach(async () => {
  await deleteTestDatabase(db);
});

async function annotationStates(docId: string): Promise<Record<string, number | null | undefined>> {
  const rows = await db.annotations.where('docId').equals(docId).toArray();
  return Object.fromEntries(rows.map((row) => [row.body, row.deletedAt]));
}

describe('trash → restore → empty', () => {
  it('carries the annotations along at every step and finally removes them', async () => {
    const document = await createDocument(db, documentInput());
    const other = await createDocument(db, documentInput({ title: 'Other' }));
    await insertAnnotation(db, document.id, { body: 'live' });
    await insertAnnotation(db, document.id, { body: 'deleted earlier', deletedAt: 1 });
    await insertAnnotation(db, other.id, { body: 'other document' });
    await db.findings.add({ id: 'f1', docId: document.id, checkId: 'quotes', key: 'k', createdAt: 1, updatedAt: 1, deletedAt: null });

    clock.advance(100);
    await moveToTrash(db, document.id);
    const trashedAt = clock();
    expect((await listTrash(db)).map((row) => row.id)).toEqual([document.id]);
    expect((await listDocuments(db)).map((row) => row.id)).toEqual([other.id]);
    expect(await annotationStates(document.id)).toEqual({ live: trashedAt, 'deleted earlier': 1 });

    clock.advance(100);
    await restoreFromTrash(db, document.id);
    expect(await listTrash(db)).toEqual([]);
    expect(await db.documents.get(document.id)).toMatchObject({ deletedAt: null, updatedAt: clock() });
    // Only what was trashed with the document comes back.
    expect(await annotationStates(document.id)).toEqual({ live: null, 'deleted earlier': 1 });

    await moveToTrash(db, document.id);
    expect(await emptyTrash(db)).toBe(1);

    expect(await db.documents.get(document.id)).toBeUndefined();
    expect(await db.documentTexts.get(document.id)).toBeUndefined();
    expect(await db.documentTexts.get(other.id)).toBeDefined();
    expect(await db.annotations.where('docId').equals(document.id).count()).toBe(0);
    expect(await db.findings.count()).toBe(0);
    expect(await annotationStates(other.id)).toEqual({ 'other document': null });
    expect(await db.documents.get(other.id)).toBeDefined();
  });
});

describe('moveToTrash', () => {
  it('keeps the first deletedAt when called twice', async () => {
    const document = await createDocument(db, documentInput());
    await moveToTrash(db, document.id);
    const trashedAt = clock();
    clock.advance(100);

    await moveToTrash(db, document.id);

    expect((await db.documents.get(document.id))?.deletedAt).toBe(trashedAt);
  });

  it('refuses a missing document', async () => {
    await expect(moveToTrash(db, 'missing')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('restoreFromTrash', () => {
  it('does nothing for a document that is not in the Trash', async () => {
    const document = await createDocument(db, documentInput());
    clock.advance(100);

    await restoreFromTrash(db, document.id);

    expect(await getDocument(db, document.id)).toEqual(document);
  });

  it('refuses a document that was already removed', async () => {
    await expect(restoreFromTrash(db, 'missing')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('emptyTrash', () => {
  it('returns 0 and keeps everything when the Trash is empty', async () => {
    const document = await createDocument(db, documentInput());
    await insertAnnotation(db, document.id);

    expect(await emptyTrash(db)).toBe(0);
    expect(await db.documents.count()).toBe(1);
    expect(await db.annotations.count()).toBe(1);
  });

  it('removes nothing if any part of it fails', async () => {
    const document = await createDocument(db, documentInput());
    await insertAnnotation(db, document.id);
    await moveToTrash(db, document.id);
    // Make the last step (removing the documents) fail after the annotations were deleted.
    vi.spyOn(db.documents, 'bulkDelete').mockImplementation(() => Dexie.Promise.reject(new Error('disk full')));

    await expect(emptyTrash(db)).rejects.toThrow('disk full');
    vi.restoreAllMocks();

    expect(await db.documents.count()).toBe(1);
    expect(await db.annotations.count()).toBe(1);
  });
});
