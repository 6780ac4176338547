import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '@core/model';
import { AnnotationImportError, importAnnotationFile } from './annotation-import';
import { SAMPLE_NOTES, SAMPLE_TEXT, annotateSample, createSampleDocument, dumpDatabase, exportSample } from './annotation-import.fixture';
import { deleteAnnotation, getAnnotation, listAnnotations } from './annotations';
import type { GlossaDatabase } from './database';
import { StorageError } from './errors';
import { deleteTestDatabase, openTestDatabase } from './test-database';
import { emptyTrash, moveToTrash } from './trash';

let db: GlossaDatabase;

beforeEach(() => {
  db = openTestDatabase().db;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteTestDatabase(db);
});

/** The sample with its annotations, their export, and then the annotations deleted. */
async function exportedAndDeleted(): Promise<{ docId: string; file: string; originals: Annotation[] }> {
  const docId = await createSampleDocument(db);
  const originals = await annotateSample(db, docId);
  const file = await exportSample(db, docId);
  for (const annotation of originals) await deleteAnnotation(db, annotation.id);
  return { docId, file, originals };
}

function byQuote(annotations: readonly Annotation[], quote: string): Annotation {
  const found = annotations.find((annotation) => annotation.quote === quote);
  if (!found) throw new Error(`no annotation on “${quote}”`);
  return found;
}

describe('importAnnotationFile', () => {
  it('brings deleted annotations back with their ids, bodies, replies and places', async () => {
    const { docId, file, originals } = await exportedAndDeleted();
    expect(await listAnnotations(db, docId)).toEqual([]);

    const report = await importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: new TextEncoder().encode(file), text: SAMPLE_TEXT });

    expect(report).toMatchObject({ fileName: 'review.jsonld', needCheck: 0, orphans: 0, skippedHere: 0, skippedElsewhere: 0 });
    expect(report.stored).toHaveLength(SAMPLE_NOTES.length);
    const restored = await listAnnotations(db, docId);
    for (const original of originals) {
      const row = restored.find((candidate) => candidate.id === original.id)!;
      expect(row).toMatchObject({
        kind: original.kind,
        body: original.body,
        status: original.status,
        quote: original.quote,
        selectors: original.selectors,
        anchorState: 'anchored',
        replies: original.replies,
        deletedAt: null,
      });
      expect(row.suggestion).toBe(original.suggestion);
      expect(row.severity).toBe(original.severity);
      const placement = report.placements.find((candidate) => candidate.id === original.id)!;
      expect(SAMPLE_TEXT.slice(placement.start, placement.end)).toBe(original.quote);
    }
  });

  it('skips, with a count, ids that are already here, and changes nothing the second time', async () => {
    const { docId, file } = await exportedAndDeleted();
    await importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: file, text: SAMPLE_TEXT });
    const before = await dumpDatabase(db);

    const again = await importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: file, text: SAMPLE_TEXT });

    expect(again).toMatchObject({ stored: [], placements: [], skippedHere: SAMPLE_NOTES.length, skippedElsewhere: 0 });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('imports only the ones not already here', async () => {
    const { docId, file, originals } = await exportedAndDeleted();
    await importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: file, text: SAMPLE_TEXT });
    await deleteAnnotation(db, originals[0]!.id);

    const report = await importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: file, text: SAMPLE_TEXT });

    expect(report.stored.map((row) => row.id)).toEqual([originals[0]!.id]);
    expect(report.skippedHere).toBe(SAMPLE_NOTES.length - 1);
  });

  it('re-homes annotations of another document onto the open one; live ones elsewhere are skipped', async () => {
    const original = await createSampleDocument(db);
    await annotateSample(db, original);
    const file = await exportSample(db, original);
    const reimported = await createSampleDocument(db);

    const whileLive = await importAnnotationFile(db, { docId: reimported, fileName: 'review.jsonld', data: file, text: SAMPLE_TEXT });
    expect(whileLive).toMatchObject({ stored: [], skippedHere: 0, skippedElsewhere: SAMPLE_NOTES.length });

    // The old copy goes to the Trash (its annotations are tombstoned with it), then for good.
    await moveToTrash(db, original);
    const moved = await importAnnotationFile(db, { docId: reimported, fileName: 'review.jsonld', data: file, text: SAMPLE_TEXT });
    expect(moved.stored).toHaveLength(SAMPLE_NOTES.length);
    expect((await listAnnotations(db, reimported)).map((row) => row.docId)).toEqual(Array(SAMPLE_NOTES.length).fill(reimported));
    await emptyTrash(db);
    expect(await listAnnotations(db, reimported)).toHaveLength(SAMPLE_NOTES.length);
  });

  it('re-anchors in the text as it is now: moved words are found, changed words need a check, deleted ones are orphans', async () => {
    const { docId, file } = await exportedAndDeleted();
    const edited = ('An added first line.\n' + SAMPLE_TEXT)
      .replace('driving nails', 'drive the nail')
      .replace('focus on urgently needed abbreviated projects', 'focus on what matters');

    const report = await importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: file, text: edited });

    expect(report).toMatchObject({ needCheck: 1, orphans: 1 });
    const rows = await listAnnotations(db, docId);
    const moved = byQuote(rows, 'superministerial + plan system');
    expect(moved.anchorState).toBe('anchored');
    expect(edited.slice(moved.selectors.position.start, moved.selectors.position.end)).toBe('superministerial + plan system');
    const changed = byQuote(rows, 'driving nails');
    expect(changed.anchorState).toBe('fuzzy');
    expect(changed.anchorConfidence).toBeLessThan(1);
    expect(edited.slice(changed.selectors.position.start, changed.selectors.position.end)).toBe('drive the nail');
    const gone = byQuote(rows, 'abbreviated projects');
    expect(gone).toMatchObject({ anchorState: 'orphan', anchorConfidence: 0 });
    // An orphan keeps the file's selectors, so it can be found again later; it is not placed.
    expect(gone.selectors.quote.exact).toBe('abbreviated projects');
    expect(report.placements.map((placement) => placement.id)).not.toContain(gone.id);
  });

  it('keeps a "needs check" from the file even where the words are found exactly', async () => {
    const { docId, file } = await exportedAndDeleted();
    const collection = JSON.parse(file) as { first: { items: Array<{ target: unknown }> } };
    const target = collection.first.items[0]!.target as Record<string, unknown>;
    target['glossa:anchorState'] = 'fuzzy';
    target['glossa:anchorConfidence'] = 0.7;

    const report = await importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: JSON.stringify(collection), text: SAMPLE_TEXT });

    expect(report.needCheck).toBe(1);
    expect(report.stored[0]).toMatchObject({ anchorState: 'fuzzy', anchorConfidence: 0.7 });
  });

  it('drops a link to a glossary term this library does not have', async () => {
    const { docId, file } = await exportedAndDeleted();
    const collection = JSON.parse(file) as { first: { items: Array<{ body?: unknown[] }> } };
    collection.first.items[0]!.body!.push({ type: 'SpecificResource', source: 'urn:glossa:term:01JNOSUCHTERM0000000000000', purpose: 'identifying' });

    const report = await importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: JSON.stringify(collection), text: SAMPLE_TEXT });

    expect(report.stored[0]!.termId).toBeUndefined();
    expect((await getAnnotation(db, report.stored[0]!.id))!.termId).toBeUndefined();
  });

  it.each([
    ['not-json', 'not json at all {'],
    ['not-annotations', JSON.stringify({ hello: 'world' })],
    ['not-annotations', '[]'],
  ] as const)('refuses a file that is %s, naming it, and stores nothing', async (code, data) => {
    const { docId } = await exportedAndDeleted();
    const before = await dumpDatabase(db);

    const refused = importAnnotationFile(db, { docId, fileName: 'broken.jsonld', data, text: SAMPLE_TEXT });

    await expect(refused).rejects.toBeInstanceOf(AnnotationImportError);
    await expect(refused).rejects.toMatchObject({ code, fileName: 'broken.jsonld' });
    await expect(refused).rejects.toThrow(/^“broken\.jsonld” was not imported: /);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const { docId } = await exportedAndDeleted();
    const refused = importAnnotationFile(db, { docId, fileName: 'latin1.json', data: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), text: SAMPLE_TEXT });
    await expect(refused).rejects.toMatchObject({ code: 'not-text', fileName: 'latin1.json' });
  });

  it('refuses the whole file when one annotation is wrong, with where and what', async () => {
    const { docId, file } = await exportedAndDeleted();
    const before = await dumpDatabase(db);
    const collection = JSON.parse(file) as { first: { items: Array<Record<string, unknown>> } };
    collection.first.items[1]!['created'] = 'yesterday';

    const refused = importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: JSON.stringify(collection), text: SAMPLE_TEXT });

    await expect(refused).rejects.toThrow(/first\.items\[1\]\.created/);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses to import onto a document in the Trash', async () => {
    const { docId, file } = await exportedAndDeleted();
    await moveToTrash(db, docId);
    const before = await dumpDatabase(db);

    const refused = importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: file, text: SAMPLE_TEXT });

    await expect(refused).rejects.toBeInstanceOf(StorageError);
    await expect(refused).rejects.toMatchObject({ code: 'in-trash' });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('writes with strict durability, in one transaction', async () => {
    const { docId, file } = await exportedAndDeleted();
    const strict = db.strictConnection();
    const transaction = vi.spyOn(strict, 'transaction');
    const relaxed = vi.spyOn(db, 'transaction');

    await importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: file, text: SAMPLE_TEXT });

    expect(transaction).toHaveBeenCalledTimes(1);
    expect(relaxed).not.toHaveBeenCalled();
  });
});

describe('importAnnotationFile when IndexedDB fails', () => {
  it('leaves every table as it was when the write runs out of quota', async () => {
    const { docId, file } = await exportedAndDeleted();
    const before = await dumpDatabase(db);
    const annotations = db.strictConnection().annotations;
    const bulkPut = annotations.bulkPut.bind(annotations);
    const outOfQuota = async (rows: readonly Annotation[]): Promise<never> => {
      // Half the rows reach the store, then the disk is full.
      await bulkPut(rows.slice(0, 2));
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(annotations, 'bulkPut').mockImplementation(outOfQuota as unknown as typeof bulkPut);

    const failing = importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: file, text: SAMPLE_TEXT });

    await expect(failing).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('leaves every table as it was when the transaction is aborted mid-import', async () => {
    const { docId, file } = await exportedAndDeleted();
    const before = await dumpDatabase(db);
    const annotations = db.strictConnection().annotations;
    const bulkPut = annotations.bulkPut.bind(annotations);
    const aborting = async (rows: readonly Annotation[]): Promise<string> => {
      const written = await bulkPut(rows);
      Dexie.currentTransaction.abort();
      return written;
    };
    vi.spyOn(annotations, 'bulkPut').mockImplementation(aborting as unknown as typeof bulkPut);

    const failing = importAnnotationFile(db, { docId, fileName: 'review.jsonld', data: file, text: SAMPLE_TEXT });

    // Dexie reports the abort of a transaction whose callback returned normally as a premature commit.
    await expect(failing).rejects.toMatchObject({ name: expect.stringMatching(/^(AbortError|PrematureCommitError)$/) });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
