import { isValid as isUlid } from 'ulid';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlossaDatabase } from './database';
import {
  createDocument,
  findSameText,
  getDocument,
  listDocuments,
  listTrash,
  renameDocument,
  saveDocumentContent,
  getDocumentText,
  setLanguagePair,
  setScrollTop,
} from './documents';
import { moveToTrash } from './trash';
import type { ManualClock } from './test-database';
import { deleteTestDatabase, documentInput, openTestDatabase } from './test-database';

let db: GlossaDatabase;
let clock: ManualClock;

beforeEach(() => {
  ({ db, clock } = openTestDatabase());
});

afterEach(async () => {
  await deleteTestDatabase(db);
});

const content = { editorState: '{"root":"edited"}', plainText: 'Edited text.', wordCount: 2 };

describe('createDocument', () => {
  it('stores the document with a ULID, timestamps, zh → en and no glossaries by default', async () => {
    const created = await createDocument(db, documentInput({ title: '  Meeting  ' }));

    expect(isUlid(created.id)).toBe(true);
    expect(created).toMatchObject({
      title: 'Meeting',
      sourceLang: 'zh',
      targetLang: 'en',
      glossaryIds: [],
      createdAt: clock(),
      updatedAt: clock(),
      deletedAt: null,
    });
    expect(await getDocument(db, created.id)).toEqual(created);
  });

  it("commits with durability 'strict', as imports must", async () => {
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await createDocument(db, documentInput());
    const writes = spy.mock.results.map((result) => result.value as IDBTransaction).filter((transaction) => transaction.mode === 'readwrite');
    spy.mockRestore();

    expect(writes.map((transaction) => [transaction.durability, [...transaction.objectStoreNames]])).toEqual([['strict', ['baselines', 'documentTexts', 'documents']]]);
  });

  it('keeps a given language pair in canonical form', async () => {
    const created = await createDocument(db, documentInput({ sourceLang: 'ZH-hans', targetLang: 'en-gb' }));
    expect([created.sourceLang, created.targetLang]).toEqual(['zh-Hans', 'en-GB']);
  });

  it('refuses a bad title or language and stores nothing', async () => {
    await expect(createDocument(db, documentInput({ title: '   ' }))).rejects.toMatchObject({ code: 'invalid-title' });
    await expect(createDocument(db, documentInput({ targetLang: 'en_GB' }))).rejects.toMatchObject({ code: 'invalid-language' });
    expect(await db.documents.count()).toBe(0);
  });
});

describe('getDocument', () => {
  it('returns undefined for an unknown id', async () => {
    expect(await getDocument(db, 'nope')).toBeUndefined();
  });
});

describe('listDocuments', () => {
  it('lists documents not in the Trash, most recently changed first, without their text', async () => {
    const older = await createDocument(db, documentInput({ title: 'Older' }));
    clock.advance(1000);
    const trashed = await createDocument(db, documentInput({ title: 'Trashed' }));
    clock.advance(1000);
    const newer = await createDocument(db, documentInput({ title: 'Newer' }));
    await moveToTrash(db, trashed.id);
    clock.advance(1000);
    await saveDocumentContent(db, older.id, content);

    const listed = await listDocuments(db);

    expect(listed.map((document) => document.id)).toEqual([older.id, newer.id]);
    expect(listed[0]).not.toHaveProperty('editorState');
    expect(listed[0]).not.toHaveProperty('plainText');
  });

  it('finds titles by every search word, in any order, ignoring case and width', async () => {
    await createDocument(db, documentInput({ title: 'Provincial Government Meeting' }));
    await createDocument(db, documentInput({ title: 'AI 治理 report' }));
    await createDocument(db, documentInput({ title: 'Weather' }));

    const titles = async (search: string) => (await listDocuments(db, { search })).map((document) => document.title).sort();

    expect(await titles('meeting PROVINCIAL')).toEqual(['Provincial Government Meeting']);
    expect(await titles('ａｉ 治理')).toEqual(['AI 治理 report']);
    expect(await titles('  ')).toHaveLength(3);
    expect(await titles('meeting weather')).toEqual([]);
  });
});

describe('listTrash', () => {
  it('lists only trashed documents, most recently trashed first', async () => {
    const first = await createDocument(db, documentInput({ title: 'First' }));
    const second = await createDocument(db, documentInput({ title: 'Second' }));
    await createDocument(db, documentInput({ title: 'Kept' }));
    await moveToTrash(db, second.id);
    clock.advance(1000);
    await moveToTrash(db, first.id);

    expect((await listTrash(db)).map((document) => document.id)).toEqual([first.id, second.id]);
  });
});

describe('saveDocumentContent', () => {
  it('stores the content and bumps updatedAt', async () => {
    const created = await createDocument(db, documentInput());
    clock.advance(5000);

    const updatedAt = await saveDocumentContent(db, created.id, content);

    expect(updatedAt).toBe(created.updatedAt + 5000);
    expect(await getDocument(db, created.id)).toMatchObject({ ...content, updatedAt, createdAt: created.createdAt });
  });

  it('refuses a missing or trashed document and changes nothing', async () => {
    const created = await createDocument(db, documentInput());
    await moveToTrash(db, created.id);
    const before = await getDocument(db, created.id);

    await expect(saveDocumentContent(db, 'missing', content)).rejects.toMatchObject({ code: 'not-found' });
    await expect(saveDocumentContent(db, created.id, content)).rejects.toMatchObject({ code: 'in-trash' });
    expect(await getDocument(db, created.id)).toEqual(before);
  });

  it('refuses a save made from a stale revision (another window saved first) and keeps the newer text', async () => {
    const created = await createDocument(db, documentInput());
    await saveDocumentContent(db, created.id, { ...content, plainText: 'first window', baseRevision: 0 });
    expect((await getDocumentText(db, created.id))?.revision).toBe(1);
    await saveDocumentContent(db, created.id, { ...content, plainText: 'first window again', baseRevision: 1 });

    // The second window opened at revision 1 and saves after the first window's second save.
    await expect(saveDocumentContent(db, created.id, { ...content, plainText: 'second window', baseRevision: 1 })).rejects.toMatchObject({
      code: 'stale-revision',
    });
    expect(await getDocumentText(db, created.id)).toMatchObject({ plainText: 'first window again', revision: 2 });
  });

  it('checks the revision on the document row, without reading the article back (it can be tens of MB)', async () => {
    const created = await createDocument(db, documentInput());
    await saveDocumentContent(db, created.id, { ...content, plainText: 'one', baseRevision: 0 });
    expect((await db.documents.get(created.id))?.textRevision).toBe(1);
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    try {
      await saveDocumentContent(db, created.id, { ...content, plainText: 'two', baseRevision: 1 });
      expect(get.mock.contexts.map((store) => (store as IDBObjectStore).name)).not.toContain('documentTexts');
    } finally {
      get.mockRestore();
    }
    expect((await db.documents.get(created.id))?.textRevision).toBe(2);
    expect(await getDocumentText(db, created.id)).toMatchObject({ plainText: 'two', revision: 2 });
  });

  it('still refuses a stale save on a document stored before the row kept the revision', async () => {
    const created = await createDocument(db, documentInput());
    await saveDocumentContent(db, created.id, { ...content, plainText: 'saved elsewhere', baseRevision: 0 });
    await db.documents.update(created.id, { textRevision: undefined });
    expect((await db.documents.get(created.id))?.textRevision).toBeUndefined();
    await expect(saveDocumentContent(db, created.id, { ...content, plainText: 'stale', baseRevision: 0 })).rejects.toMatchObject({ code: 'stale-revision' });
    await saveDocumentContent(db, created.id, { ...content, plainText: 'current', baseRevision: 1 });
    expect(await getDocumentText(db, created.id)).toMatchObject({ plainText: 'current', revision: 2 });
    expect((await db.documents.get(created.id))?.textRevision).toBe(2);
  });
});

describe('renameDocument', () => {
  it('stores the trimmed title and bumps updatedAt', async () => {
    const created = await createDocument(db, documentInput());
    clock.advance(10);

    await renameDocument(db, created.id, '  省政府常务会议  ');

    expect(await getDocument(db, created.id)).toMatchObject({ title: '省政府常务会议', updatedAt: created.updatedAt + 10 });
  });

  it('accepts 200 characters, counting CJK and emoji as one each, and refuses 201', async () => {
    const created = await createDocument(db, documentInput());

    await renameDocument(db, created.id, '会'.repeat(199) + '😀');
    expect((await getDocument(db, created.id))?.title).toHaveLength(201); // 199 + a surrogate pair
    await expect(renameDocument(db, created.id, 'a'.repeat(201))).rejects.toThrow('at most 200 characters; this one has 201');
  });

  it('refuses an empty title, a missing or a trashed document', async () => {
    const created = await createDocument(db, documentInput());

    await expect(renameDocument(db, created.id, ' \n ')).rejects.toThrow('cannot be empty');
    await expect(renameDocument(db, 'missing', 'Title')).rejects.toMatchObject({ code: 'not-found' });
    await moveToTrash(db, created.id);
    await expect(renameDocument(db, created.id, 'Title')).rejects.toMatchObject({ code: 'in-trash' });
    expect((await getDocument(db, created.id))?.title).toBe(created.title);
  });
});

describe('setLanguagePair', () => {
  it('stores canonical tags and bumps updatedAt', async () => {
    const created = await createDocument(db, documentInput());
    clock.advance(10);

    await setLanguagePair(db, created.id, { sourceLang: 'zh-hant-tw', targetLang: 'EN-US' });

    expect(await getDocument(db, created.id)).toMatchObject({
      sourceLang: 'zh-Hant-TW',
      targetLang: 'en-US',
      updatedAt: created.updatedAt + 10,
    });
  });

  it('refuses malformed tags and language names with a message that says which and what to use', async () => {
    const created = await createDocument(db, documentInput());

    await expect(setLanguagePair(db, created.id, { sourceLang: 'zh', targetLang: 'en_GB' })).rejects.toThrow(
      '"en_GB" is not a valid target language tag. Use a BCP-47 tag such as "zh", "en" or "en-GB".',
    );
    await expect(setLanguagePair(db, created.id, { sourceLang: 'chinese', targetLang: 'en' })).rejects.toThrow(
      '"chinese" is not a valid source language tag',
    );
    await expect(setLanguagePair(db, created.id, { sourceLang: '', targetLang: 'en' })).rejects.toMatchObject({ code: 'invalid-language' });
    await expect(setLanguagePair(db, 'missing', { sourceLang: 'zh', targetLang: 'en' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await getDocument(db, created.id)).toMatchObject({ sourceLang: 'zh', targetLang: 'en' });
  });
});

describe('setScrollTop', () => {
  it('stores the offset without bumping updatedAt', async () => {
    const created = await createDocument(db, documentInput());
    clock.advance(10);

    await setScrollTop(db, created.id, 1234.5);

    expect(await getDocument(db, created.id)).toMatchObject({ scrollTop: 1234.5, updatedAt: created.updatedAt });
  });

  it('ignores a missing document and offsets that are not finite, and clamps negative ones', async () => {
    const created = await createDocument(db, documentInput());

    await expect(setScrollTop(db, 'missing', 10)).resolves.toBeUndefined();
    await setScrollTop(db, created.id, Number.NaN);
    expect((await getDocument(db, created.id))?.scrollTop).toBeUndefined();
    await setScrollTop(db, created.id, -20);
    expect((await getDocument(db, created.id))?.scrollTop).toBe(0);
  });
});

describe('findSameText', () => {
  it('finds a live document with exactly this text, not one in the Trash or with other text', async () => {
    const kept = await createDocument(db, documentInput({ title: 'kept', plainText: 'Same words here.', wordCount: 3 }));
    await createDocument(db, documentInput({ title: 'other', plainText: 'Same words there.', wordCount: 3 }));
    expect((await findSameText(db, 'Same words here.', 3))?.id).toBe(kept.id);
    expect(await findSameText(db, 'Same words here', 3)).toBeUndefined();
    await moveToTrash(db, kept.id);
    expect(await findSameText(db, 'Same words here.', 3)).toBeUndefined();
  });
});

