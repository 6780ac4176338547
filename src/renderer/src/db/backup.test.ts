// @vitest-environment jsdom
// jsdom for FileReader, which dexie-export-import reads blobs with (as the app does in Chromium).
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fuzzRuns, fuzzTimeout, mutatedBytes } from '../../../../tests/fixtures/fuzz';
import { toWebAnnotationCollection } from '@core/formats/annotations/web-annotation';
import { writeJson } from '@core/formats/glossary/json';
import type { GlossaryRow } from '@core/formats/glossary/types';
import type { Term } from '@core/model';
import { createAnnotation, listAnnotations } from './annotations';
import { BackupError, describeBackup, exportLibrary, libraryCounts, restoreBackup, type BackupErrorCode } from './backup';
import type { GlossaDatabase } from './database';
import { createDocument, getDocument, listDocuments } from './documents';
import { dismissFinding } from './findings';
import { createGlossary, listGlossaries } from './glossaries';
import { LATEST_SCHEMA_VERSION, TABLE_NAMES } from './schema';
import { setSetting } from './settings';
import { createTerm, listTerms } from './terms';
import { deleteTestDatabase, documentInput, meetingAnnotationInput, openTestDatabase } from './test-database';

const opened: GlossaDatabase[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await deleteTestDatabase(database);
  vi.restoreAllMocks();
});

function freshDatabase(): GlossaDatabase {
  const { db } = openTestDatabase();
  opened.push(db);
  return db;
}

/** Every row of every table, by primary key: what "the database is unchanged" compares. */
async function dump(db: GlossaDatabase): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  // A table the database's version does not have yet reads as empty (an upgrade creates it empty).
  for (const table of TABLE_NAMES) result[table] = db.tables.some((known) => known.name === table) ? await db.table(table).toArray() : [];
  return result;
}

/** A small library with a row in every table, as a translator's would be. */
async function fillLibrary(db: GlossaDatabase): Promise<void> {
  const glossary = await createGlossary(db, { sourceLang: 'zh', targetLang: 'en', name: 'Provincial terms', description: 'Agreed with the client' });
  const doc = await createDocument(
    db,
    documentInput({ title: 'Provincial government meeting', plainText: 'The meeting was held in the hall.', glossaryIds: [glossary.id] }),
  );
  await createDocument(db, documentInput({ title: '浙江省政府常务会议', plainText: '会议在大厅举行。' }));
  await createAnnotation(db, meetingAnnotationInput(doc.id, { body: 'Check “meeting” against the glossary.' }));
  await createAnnotation(db, meetingAnnotationInput(doc.id, { kind: 'flag', severity: 'major', mqmCategory: 'accuracy/mistranslation', suggestion: 'session' }));
  await createTerm(db, glossary.id, { source: '钉钉子', target: 'driving nails', preferred: 'persistent effort', forbidden: ['nailing'], status: 'approved', note: 'calque' }, 'Lin');
  await createTerm(db, glossary.id, { source: '双增长', target: 'double growth', preferred: '', forbidden: [], status: 'proposed' }, 'Lin');
  await dismissFinding(db, { docId: doc.id, checkId: 'quotes', key: 'quotes:“:12' });
  await setSetting(db, 'authorName', 'Lin');
  await setSetting(db, 'lastOpenedDocumentId', doc.id);
}

const rowOf = (term: Term): GlossaryRow => ({
  source: term.source,
  target: term.target,
  preferred: term.preferred,
  forbidden: term.forbidden,
  status: term.status,
  partOfSpeech: term.partOfSpeech,
  domain: term.domain,
  definition: term.definition,
  context: term.context,
  note: term.note,
  author: term.author,
  createdAt: term.createdAt,
  updatedAt: term.updatedAt,
});

/** What a user can export from the library: every document's text, its annotations as JSON-LD, every glossary as Glossa JSON. */
async function userExports(db: GlossaDatabase): Promise<string[]> {
  const exports: string[] = [];
  for (const summary of await listDocuments(db)) {
    const document = await getDocument(db, summary.id);
    if (!document) throw new Error('listed document is missing');
    exports.push(JSON.stringify(document));
    const collection = toWebAnnotationCollection(document, await listAnnotations(db, document.id), { generator: { name: 'Glossa', version: 'test' } });
    exports.push(JSON.stringify(collection));
  }
  for (const glossary of await listGlossaries(db)) {
    exports.push(writeJson((await listTerms(db, glossary.id)).map(rowOf), glossary));
  }
  return exports;
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BackupError)) throw new Error(`expected a BackupError, got ${String(error)}`);
  return error;
}

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('exporting the library', () => {
  it('writes a dexie-export-import file with a Glossa header: schema version, date, counts, titles', async () => {
    const db = freshDatabase();
    await fillLibrary(db);
    const { bytes, header } = await exportLibrary(db, { reason: 'manual', appVersion: '0.1.0' });
    const file = JSON.parse(decode(bytes));
    expect(Object.keys(file)).toEqual(['formatName', 'formatVersion', 'glossa', 'data']);
    expect(file.formatName).toBe('dexie');
    expect(header).toMatchObject({ format: 'glossa-library-backup', schemaVersion: LATEST_SCHEMA_VERSION, appVersion: '0.1.0', reason: 'manual' });
    expect(header.exportedAt).toBe(new Date(db.clock()).toISOString());
    expect(header.counts).toEqual({ documents: 2, documentTexts: 2, bilingual: 0, baselines: 2, annotations: 2, glossaries: 1, terms: 2, findings: 1, settings: 2 });
    expect(header.documents.map((document) => document.title).sort()).toEqual(['Provincial government meeting', '浙江省政府常务会议']);
    expect(describeBackup(bytes, 'library.json')).toEqual({ fileName: 'library.json', header });
  });
});

describe('restoring a backup', () => {
  it('round trip: export → empty database → restore gives identical rows and identical user exports', async () => {
    const source = freshDatabase();
    await fillLibrary(source);
    const before = await dump(source);
    const exportsBefore = await userExports(source);
    const { bytes } = await exportLibrary(source, { reason: 'manual', appVersion: '0.1.0' });

    const target = freshDatabase();
    const report = await restoreBackup(target, bytes, 'library.json');
    expect(report.counts).toEqual(await libraryCounts(source));
    expect(await dump(target)).toEqual(before);
    expect(await userExports(target)).toEqual(exportsBefore);
    expect(exportsBefore.length).toBe(2 * 2 + 1);
  });

  it('replaces what was there: rows the backup does not have are gone', async () => {
    const source = freshDatabase();
    await fillLibrary(source);
    const { bytes } = await exportLibrary(source, { reason: 'manual', appVersion: '0.1.0' });
    const target = freshDatabase();
    await createDocument(target, documentInput({ title: 'Only in the target' }));
    await restoreBackup(target, bytes, 'library.json');
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('restores a backup written at an older schema version through the upgrade steps', async () => {
    const { db: old } = openTestDatabase({ schemaVersion: 1 });
    opened.push(old);
    await fillLibrary(old);
    const { bytes, header } = await exportLibrary(old, { reason: 'before-upgrade', appVersion: '0.1.0' });
    expect(header.schemaVersion).toBe(1);
    const target = freshDatabase();
    await restoreBackup(target, bytes, 'old.json');
    const { baselines, ...rest } = await dump(target);
    expect({ ...rest, baselines: [] }).toEqual(await dump(old));
    // Version 4's step gave each document a baseline: its text as the backup has it.
    const texts = await old.documentTexts.toArray();
    expect(baselines).toEqual(texts.map((text) => ({ id: text.id, text: text.plainText, updatedAt: text.updatedAt })));
  });

  it('refuses a backup from a newer schema with both version numbers, and changes nothing', async () => {
    const db = freshDatabase();
    await fillLibrary(db);
    const { bytes } = await exportLibrary(db, { reason: 'manual', appVersion: '0.1.0' });
    const newer = decode(bytes).replace(`"schemaVersion":${LATEST_SCHEMA_VERSION}`, `"schemaVersion":${LATEST_SCHEMA_VERSION + 1}`);
    const before = await dump(db);
    const error = await refusal(restoreBackup(db, encode(newer), 'from-the-future.json'));
    expect(error.code).toBe('newer-schema');
    expect(error.message).toContain('from-the-future.json');
    expect(error.message).toContain(`version ${LATEST_SCHEMA_VERSION + 1}`);
    expect(error.message).toContain(`up to version ${LATEST_SCHEMA_VERSION}`);
    expect(() => describeBackup(encode(newer), 'from-the-future.json')).toThrow(BackupError);
    expect(await dump(db)).toEqual(before);
  });

  const badFiles: Array<[string, string | Uint8Array, BackupErrorCode]> = [
    ['empty.json', '', 'empty'],
    ['photo.json', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]), 'not-text'],
    ['cut.json', '{"formatName":"dexie","formatVersion":1,"glossa":{', 'not-json'],
    ['other-app.json', '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"x","databaseVersion":1,"tables":[],"data":[]}}', 'not-glossa'],
    ['glossary.json', '{"format":"glossa-glossary","version":1,"terms":[]}', 'not-glossa'],
    ['list.json', '[1,2,3]', 'not-glossa'],
  ];

  it.each(badFiles)('refuses %s (%s) with a message naming the file, and changes nothing', async (name, contents, code) => {
    const db = freshDatabase();
    await fillLibrary(db);
    const before = await dump(db);
    const error = await refusal(restoreBackup(db, typeof contents === 'string' ? encode(contents) : contents, name));
    expect(error.code).toBe(code);
    expect(error.fileName).toBe(name);
    expect(error.message).toContain(name);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a damaged table (a row without its key, a count that does not match) and changes nothing', async () => {
    const source = freshDatabase();
    await fillLibrary(source);
    const { bytes } = await exportLibrary(source, { reason: 'manual', appVersion: '0.1.0' });
    const file = JSON.parse(decode(bytes));
    const annotations = file.data.data.find((table: { tableName: string }) => table.tableName === 'annotations');
    delete annotations.rows[0].docId;
    const target = freshDatabase();
    await createDocument(target, documentInput({ title: 'Mine' }));
    const before = await dump(target);
    const error = await refusal(restoreBackup(target, encode(JSON.stringify(file)), 'damaged.json'));
    expect(error.code).toBe('invalid-contents');
    expect(error.message).toMatch(/damaged\.json is damaged: row 1 of annotations/);
    annotations.rows.pop();
    const short = await refusal(restoreBackup(target, encode(JSON.stringify(file)), 'short.json'));
    expect(short.message).toMatch(/short\.json is damaged/);
    expect(await dump(target)).toEqual(before);
  });
});

describe('a restore that fails halfway leaves the library exactly as it was', () => {
  async function setup() {
    const source = freshDatabase();
    await fillLibrary(source);
    const { bytes } = await exportLibrary(source, { reason: 'manual', appVersion: '0.1.0' });
    const target = freshDatabase();
    await createDocument(target, documentInput({ title: 'Work in progress', plainText: 'Not yet backed up.' }));
    await setSetting(target, 'authorName', 'Mei');
    return { bytes, target, before: await dump(target) };
  }

  it('when a table’s write throws after earlier tables were cleared and written', async () => {
    const { bytes, target, before } = await setup();
    // Tables are written in TABLE_NAMES order; terms comes after documents, texts, annotations and glossaries.
    const strict = target.strictConnection();
    vi.spyOn(strict.table('terms'), 'bulkPut').mockImplementation(() => {
      throw new Error('injected failure');
    });
    const error = await refusal(restoreBackup(target, bytes, 'library.json'));
    expect(error.code).toBe('write-failed');
    expect(error.message).toContain('library.json could not be restored');
    expect(error.message).toContain('Your library was left as it was');
    expect(await dump(target)).toEqual(before);
  });

  it('when the storage quota is exceeded (QuotaExceededError)', async () => {
    const { bytes, target, before } = await setup();
    const strict = target.strictConnection();
    vi.spyOn(strict.table('settings'), 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await refusal(restoreBackup(target, bytes, 'library.json'));
    expect(error.code).toBe('write-failed');
    expect(error.message).toContain('there is not enough storage space');
    expect(await dump(target)).toEqual(before);
  });

  it('when the transaction is aborted mid-restore', async () => {
    const { bytes, target, before } = await setup();
    const glossaries = target.strictConnection().table('glossaries');
    const original = glossaries.bulkPut.bind(glossaries);
    vi.spyOn(glossaries, 'bulkPut').mockImplementation((...args: Parameters<typeof original>) => {
      // What a closing tab, a crash of the storage process or the browser itself does.
      Dexie.currentTransaction?.abort();
      return original(...args);
    });
    const error = await refusal(restoreBackup(target, bytes, 'library.json'));
    expect(error.code).toBe('write-failed');
    expect(await dump(target)).toEqual(before);
  });
});

/** Bytes of a real backup, changed the way files get damaged: cut short, a byte flipped, a span removed or repeated, text replaced. */
function mutate(bytes: Uint8Array): fc.Arbitrary<{ what: string; bytes: Uint8Array }> {
  const text = decode(bytes);
  const at = fc.nat({ max: bytes.length - 1 });
  return fc.oneof(
    at.map((end) => ({ what: `cut at ${end}`, bytes: bytes.slice(0, end) })),
    fc.tuple(at, fc.integer({ min: 0, max: 255 })).map(([index, value]) => {
      const copy = bytes.slice();
      copy[index] = value;
      return { what: `byte ${index} = ${value}`, bytes: copy };
    }),
    fc.tuple(at, fc.integer({ min: 1, max: 64 })).map(([index, length]) => ({
      what: `remove ${length} at ${index}`,
      bytes: new Uint8Array([...bytes.slice(0, index), ...bytes.slice(index + length)]),
    })),
    fc.tuple(at, fc.integer({ min: 1, max: 64 })).map(([index, length]) => ({
      what: `repeat ${length} at ${index}`,
      bytes: new Uint8Array([...bytes.slice(0, index + length), ...bytes.slice(index)]),
    })),
    fc
      .tuple(
        fc.constantFrom('"id"', '"rows"', '"rowCount":', '"schemaVersion":', '"tableName":"', 'null', 'true', '[', '{', '"', ',', ':', '"$types"', '"docId"'),
        fc.constantFrom('"x"', '0', '-1', '99', 'null', '[]', '{}', '"', '', '"$types":{"a":"undef"},', '1e400', '"documents"'),
        fc.nat(),
      )
      .map(([needle, replacement, nth]) => {
        const positions: number[] = [];
        for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) positions.push(index);
        const position = positions[nth % Math.max(1, positions.length)] ?? 0;
        return {
          what: `replace ${needle} at ${position} with ${replacement}`,
          bytes: encode(text.slice(0, position) + replacement + text.slice(position + needle.length)),
        };
      }),
  );
}

const FUZZ_RUNS = fuzzRuns(200);

describe('damaged backup files (property)', () => {
  it(`either restore cleanly or are refused with a BackupError naming the file, leaving the library as it was (${FUZZ_RUNS} runs)`, { timeout: fuzzTimeout(FUZZ_RUNS, 50) }, async () => {
    const source = freshDatabase();
    await fillLibrary(source);
    const { bytes } = await exportLibrary(source, { reason: 'manual', appVersion: '0.1.0' });
    const target = freshDatabase();
    await createDocument(target, documentInput({ title: 'The translator’s own work' }));
    let restored = 0;
    let refused = 0;

    await fc.assert(
      // Damage aimed at the backup's structure, and the shared byte-level mutations of every importer's fuzz test.
      fc.asyncProperty(fc.oneof(mutate(bytes), mutatedBytes(bytes).map((damaged) => ({ what: 'mutated', bytes: damaged }))), async ({ bytes: damaged }) => {
        const before = await dump(target);
        try {
          await restoreBackup(target, damaged, 'damaged-backup.json');
          restored += 1;
          // A clean restore: the library is whatever the file holds, readable by the app.
          await listDocuments(target);
        } catch (error) {
          if (!(error instanceof BackupError)) throw error;
          expect(error.message).toContain('damaged-backup.json');
          expect(await dump(target)).toEqual(before);
          refused += 1;
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(restored + refused).toBe(FUZZ_RUNS);
    expect(refused).toBeGreaterThan(0);
    if (process.env["GLOSSA_FUZZ_REPORT"]) console.log({ restored, refused });
  });
});
