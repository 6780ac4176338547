import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlossaDatabase } from './database';
import { StorageError } from './errors';
import { deleteTestDatabase, documentInput, openTestDatabase } from './test-database';
import { createDocument } from './documents';
import { setSetting } from './settings';
import { writeAll } from './transaction';

let db: GlossaDatabase;

beforeEach(() => {
  db = openTestDatabase().db;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteTestDatabase(db);
});

/** Every read-write IDBTransaction opened while `fn` runs, as IndexedDB itself created it. */
async function readWriteTransactions(fn: () => Promise<unknown>): Promise<IDBTransaction[]> {
  const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
  await fn();
  const transactions = spy.mock.results.map((result) => result.value as IDBTransaction);
  spy.mockRestore();
  return transactions.filter((transaction) => transaction.mode === 'readwrite');
}

describe('writeAll', () => {
  it('keeps nothing when a later write in the same call throws', async () => {
    const failing = writeAll(
      db,
      ['documents', 'documentTexts', 'baselines', 'settings'],
      async (connection) => {
        await setSetting(connection, 'authorName', 'Lin');
        await createDocument(connection, documentInput());
        throw new Error('the importer failed halfway');
      },
      { durability: 'strict' },
    );

    await expect(failing).rejects.toThrow('the importer failed halfway');
    expect(await db.documents.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('keeps nothing when a strict import fails on its second write', async () => {
    const input = documentInput();
    const failing = writeAll(
      db,
      ['documents', 'documentTexts', 'baselines'],
      async (connection) => {
        const first = await createDocument(connection, input);
        // A duplicate key makes IndexedDB itself reject the second write.
        await connection.documents.add({ ...first });
      },
      { durability: 'strict' },
    );

    await expect(failing).rejects.toThrow(Dexie.ConstraintError);
    expect(await db.documents.count()).toBe(0);
  });

  it('commits everything when fn succeeds and returns its result', async () => {
    const id = await writeAll(
      db,
      ['documents', 'documentTexts', 'baselines', 'settings'],
      async (connection) => {
        const document = await createDocument(connection, documentInput());
        await setSetting(connection, 'lastOpenedDocumentId', document.id);
        return document.id;
      },
      { durability: 'strict' },
    );

    expect(await db.documents.get(id)).toBeDefined();
    expect((await db.settings.get('lastOpenedDocumentId'))?.value).toBe(id);
  });

  it("opens IndexedDB transactions with durability 'strict' when asked", async () => {
    const transactions = await readWriteTransactions(() =>
      writeAll(db, ['settings'], (connection) => setSetting(connection, 'authorName', 'Lin'), { durability: 'strict' }),
    );

    expect(transactions.map((transaction) => transaction.durability)).toEqual(['strict']);
  });

  it('leaves other writes at the browser default durability', async () => {
    const transactions = await readWriteTransactions(() => setSetting(db, 'authorName', 'Lin'));

    expect(transactions.map((transaction) => transaction.durability)).toEqual(['default']);
  });

  it('joins the outer transaction when nested, so the outer one decides durability', async () => {
    const transactions = await readWriteTransactions(() =>
      writeAll(
        db,
        ['documents', 'documentTexts', 'baselines', 'settings'],
        async () => {
          // Passing the outer `db`, not the connection: writeAll still joins the open transaction.
          await setSetting(db, 'authorName', 'Lin');
          await createDocument(db, documentInput());
        },
        { durability: 'strict' },
      ),
    );

    expect(transactions.map((transaction) => transaction.durability)).toEqual(['strict']);
    expect(await db.documents.count()).toBe(1);
  });

  it('refuses a strict write inside a relaxed transaction instead of silently weakening it', async () => {
    const nested = writeAll(db, ['documents', 'documentTexts', 'baselines'], (connection) => createDocument(connection, documentInput()));

    await expect(nested).rejects.toThrow(StorageError);
    expect(await db.documents.count()).toBe(0);
  });
});
