// A glossary import leaves the database exactly as it was when it is refused (a damaged file)
// or when IndexedDB fails in the middle of it (an aborted transaction, a full disk).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie, type Table } from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GlossaryFormatError, type GlossaryRow } from '@core/formats/glossary';
import type { Glossary } from '@core/model';
import { fuzzRuns, fuzzTimeout, mutatedFile } from '../../../../tests/fixtures/fuzz';
import { readAsTheDialogDoes, SAMPLE_TERMS_CSV } from '../../../../tests/fixtures/glossary-dialog';
import type { GlossaDatabase } from './database';
import { createDocument } from './documents';
import { createGlossary } from './glossaries';
import { createTerm, importIntoNewGlossary, importTerms } from './terms';
import { deleteTestDatabase, documentInput, insertAnnotation, openTestDatabase } from './test-database';

const SHARED = resolve(__dirname, '../../../../../shared');

let db: GlossaDatabase;
let glossary: Glossary;

/** Every row of every table, in key order: what "unchanged" is compared on. */
async function dump(database: GlossaDatabase): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of database.tables) tables[table.name] = await table.toArray();
  return tables;
}

beforeEach(async () => {
  ({ db } = openTestDatabase());
  glossary = await createGlossary(db, { name: 'Zhejiang', sourceLang: 'zh', targetLang: 'en' });
  await createTerm(db, glossary.id, { source: '大部制', target: 'superministerial', preferred: 'super-ministry system' }, 'Lin');
  await createTerm(db, glossary.id, { source: '钉钉子精神', target: 'driving nails' }, 'Lin');
  const doc = await createDocument(db, documentInput());
  await insertAnnotation(db, doc.id);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteTestDatabase(db);
});

/** New and updated rows: an import that would change the glossary if it got through. */
const ROWS: GlossaryRow[] = [
  { source: '大部制', target: 'superministerial', preferred: 'super-ministry reform', forbidden: [], status: 'approved' },
  ...Array.from({ length: 40 }, (_, index): GlossaryRow => ({ source: `术语${index}`, target: `term ${index}`, preferred: '', forbidden: [], status: 'proposed' })),
];

/**
 * Makes the terms table's bulkPut write half of its rows and then fail as `fail` does, on both
 * connections (imports run on the strict twin, see transaction.ts).
 */
function failMidBulkPut(fail: () => never): { injected: number } {
  const count = { injected: 0 };
  for (const table of [db.terms, db.strictConnection().terms] as Table[]) {
    const original = table.bulkPut.bind(table);
    const failing = async (items: readonly unknown[]): Promise<never> => {
      await original(items.slice(0, Math.ceil(items.length / 2)));
      count.injected += 1;
      fail();
    };
    vi.spyOn(table, 'bulkPut').mockImplementation(failing as unknown as Table['bulkPut']);
  }
  return count;
}

describe('glossary import: the database after a failure', () => {
  it('is unchanged when IndexedDB runs out of space in the middle of bulkPut (QuotaExceededError)', async () => {
    const before = await dump(db);
    const fault = failMidBulkPut(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error: unknown = await importTerms(db, glossary.id, ROWS, { author: 'Test' }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ name: 'QuotaExceededError' });
    expect(fault.injected).toBe(1);
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
  });

  it('is unchanged when the transaction is aborted mid-import', async () => {
    const before = await dump(db);
    const fault = failMidBulkPut(() => {
      Dexie.currentTransaction.abort();
      throw new Dexie.AbortError('Aborted mid-import by the test.');
    });
    await expect(importTerms(db, glossary.id, ROWS, { author: 'Test' })).rejects.toThrow();
    expect(fault.injected).toBe(1);
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
    // And the same import, undisturbed, goes through: the failure was the injected one.
    await expect(importTerms(db, glossary.id, ROWS, { author: 'Test' })).resolves.toMatchObject({ added: 40, updated: 1 });
  });

  it('makes no new glossary when the import into it fails: the glossary and its terms are one transaction', async () => {
    const before = await dump(db);
    const fault = failMidBulkPut(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const input = { name: 'Astronomy (en → es)', sourceLang: 'en', targetLang: 'es' };
    await expect(importIntoNewGlossary(db, input, ROWS, { author: 'Test' })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(fault.injected).toBe(1);
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
    // Undisturbed, it makes the glossary of the file's pair with every row in it.
    const { glossary: made, report } = await importIntoNewGlossary(db, input, ROWS, { author: 'Test' });
    expect(made).toMatchObject(input);
    expect(report.added).toBe(ROWS.length);
    expect(await db.terms.where('glossaryId').equals(made.id).count()).toBe(ROWS.length);
    expect(await db.terms.where('glossaryId').equals(glossary.id).count()).toBe(2);
  });

  it('is unchanged after any refused import of a damaged real file, and a clean one only adds terms', { timeout: fuzzTimeout(fuzzRuns(40), 200) }, async () => {
    const encoder = new TextEncoder();
    const seeds = [
      { name: 'sample-terms.csv', bytes: encoder.encode(SAMPLE_TERMS_CSV) },
      { name: 'Example_TBX-Core_DCA_VALID.tbx', bytes: new Uint8Array(readFileSync(resolve(SHARED, 'standards/tbx/Example_TBX-Core_DCA_VALID.tbx'))) },
    ];
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutatedFile(seeds), async (file) => {
        const before = await dump(db);
        try {
          const result = await readAsTheDialogDoes(file.name, file.bytes.slice(), { sourceLang: 'zh', targetLang: 'en' });
          if (result === null) return;
          await importTerms(db, glossary.id, result.rows, { author: 'Test', skipped: result.skipped });
        } catch (error) {
          if (!(error instanceof GlossaryFormatError)) throw error;
          refused += 1;
          expect(await dump(db)).toEqual(before);
          return;
        }
        // A clean import never touches the other tables.
        const after = await dump(db);
        for (const name of Object.keys(before)) if (name !== 'terms' && name !== 'glossaries') expect(after[name]).toEqual(before[name]);
      }),
      { numRuns: fuzzRuns(40) },
    );
    expect(refused).toBeGreaterThan(0);
  });
});
