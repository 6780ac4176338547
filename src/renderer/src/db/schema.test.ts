import { afterEach, describe, expect, it } from 'vitest';
import type { Term } from '@core/model';
import type { GlossaDatabase } from './database';
import { LATEST_SCHEMA_VERSION, SCHEMA_STEPS, TABLE_NAMES, tablesAt } from './schema';
import { deleteTestDatabase, openTestDatabase } from './test-database';

/**
 * The pattern for every later version: open the database at version N-1 with
 * `openTestDatabase({ name, schemaVersion: N - 1 })`, write rows shaped as N-1
 * wrote them, close it, reopen the same name at the latest version, and check the
 * rows and indexes the upgrade step promised.
 */

let opened: GlossaDatabase[] = [];

function open(options: { name?: string; schemaVersion?: number } = {}): GlossaDatabase {
  const { db } = openTestDatabase(options);
  opened.push(db);
  return db;
}

afterEach(async () => {
  // Close every connection first: deleting one database name while another connection to it is open blocks.
  for (const db of opened) db.close();
  for (const db of opened) await deleteTestDatabase(db);
  opened = [];
});

function indexesOf(db: GlossaDatabase, table: string): { primaryKey: string; indexes: string[] } {
  const schema = db.table(table).schema;
  return { primaryKey: schema.primKey.name, indexes: schema.indexes.map((index) => index.name).sort() };
}

describe('schema steps', () => {
  it('are numbered 1, 2, 3… with no gaps, so each upgrade has one predecessor', () => {
    expect(SCHEMA_STEPS.map((step) => step.version)).toEqual(SCHEMA_STEPS.map((_, index) => index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(SCHEMA_STEPS.length);
  });
});

describe('version 1', () => {
  it('creates every table with its primary key and indexes', async () => {
    const db = open({ schemaVersion: 1 });
    await db.open();

    expect(db.verno).toBe(1);
    expect(db.tables.map((table) => table.name).sort()).toEqual([...tablesAt(1)].sort());
    expect(indexesOf(db, 'documents')).toEqual({ primaryKey: 'id', indexes: ['deletedAt', 'title', 'updatedAt'] });
    expect(indexesOf(db, 'annotations')).toEqual({
      primaryKey: 'id',
      indexes: ['[docId+kind]', 'deletedAt', 'docId', 'termId', 'updatedAt'],
    });
    expect(indexesOf(db, 'glossaries')).toEqual({ primaryKey: 'id', indexes: ['[sourceLang+targetLang]', 'deletedAt'] });
    expect(indexesOf(db, 'terms')).toEqual({
      primaryKey: 'id',
      indexes: ['deletedAt', 'glossaryId', 'source', 'status', 'target', 'updatedAt'],
    });
    expect(indexesOf(db, 'findings')).toEqual({ primaryKey: 'id', indexes: ['docId', 'key'] });
    expect(indexesOf(db, 'settings')).toEqual({ primaryKey: 'key', indexes: [] });
  });

  it('matches what IndexedDB really created (not only what Dexie declares)', async () => {
    const db = open({ schemaVersion: 1 });
    await db.open();
    const idb = db.backendDB();

    expect([...idb.objectStoreNames].sort()).toEqual([...tablesAt(1)].sort());
    const store = idb.transaction('annotations', 'readonly').objectStore('annotations');
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames].sort()).toEqual(['[docId+kind]', 'deletedAt', 'docId', 'termId', 'updatedAt']);
    expect(store.index('[docId+kind]').keyPath).toEqual(['docId', 'kind']);
  });

  it('keeps rows written at version 1 when reopened at the latest version', async () => {
    const first = open({ schemaVersion: 1 });
    await first.settings.put({ key: 'authorName', value: 'Lin', updatedAt: 1 });
    first.close();

    const latest = open({ name: first.name });
    await latest.open();
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await latest.settings.get('authorName')).toEqual({ key: 'authorName', value: 'Lin', updatedAt: 1 });
  });
});

describe('version 2', () => {
  it('keeps only the term indexes queries use, and keeps every term written at version 1', async () => {
    const first = open({ schemaVersion: 1 });
    const term: Term = {
      id: 't1',
      glossaryId: 'g1',
      source: '大部制',
      target: 'superministerial system',
      preferred: 'super-ministry system',
      forbidden: [],
      status: 'approved',
      author: 'Lin',
      createdAt: 1,
      updatedAt: 2,
      deletedAt: null,
    };
    await first.terms.put(term);
    first.close();

    const latest = open({ name: first.name });
    await latest.open();
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(indexesOf(latest, 'terms')).toEqual({ primaryKey: 'id', indexes: ['deletedAt', 'glossaryId'] });
    const store = latest.backendDB().transaction('terms', 'readonly').objectStore('terms');
    expect([...store.indexNames].sort()).toEqual(['deletedAt', 'glossaryId']);
    expect(await latest.terms.get('t1')).toEqual(term);
    expect(await latest.terms.where('glossaryId').equals('g1').count()).toBe(1);
  });
});

describe('version 3', () => {
  const documentRow = (id: string) => ({
    id,
    createdAt: 1,
    updatedAt: 2,
    deletedAt: null,
    title: `Document ${id}`,
    sourceLang: 'zh',
    targetLang: 'en',
    origin: { kind: 'blank' },
    wordCount: 3,
    glossaryIds: [],
  });

  it('adds the bilingual table and leaves monolingual documents exactly as version 2 wrote them', async () => {
    const first = open({ schemaVersion: 2 });
    const text = { id: 'd1', editorState: '{"root":{}}', plainText: 'The State Council', revision: 4, updatedAt: 2 };
    await first.documents.put(documentRow('d1') as never);
    await first.documentTexts.put(text);
    first.close();

    const latest = open({ name: first.name });
    await latest.open();
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    expect([...latest.backendDB().objectStoreNames].sort()).toEqual([...TABLE_NAMES].sort());
    expect(indexesOf(latest, 'bilingual')).toEqual({ primaryKey: 'id', indexes: [] });
    expect(await latest.documents.get('d1')).toEqual(documentRow('d1'));
    expect(await latest.documentTexts.get('d1')).toEqual(text);
    expect(await latest.bilingual.count()).toBe(0);
  });

  it('moves a version 2 sourceSegments placeholder into the bilingual table as an aligned document', async () => {
    const first = open({ schemaVersion: 2 });
    await first.documents.put(documentRow('d2') as never);
    await first.documentTexts.put({
      id: 'd2',
      editorState: '{}',
      plainText: 'Zhejiang held a meeting.',
      updatedAt: 5,
      sourceSegments: [{ id: 's1', source: '浙江召开会议。', target: 'Zhejiang held a meeting.' }],
    } as never);
    first.close();

    const latest = open({ name: first.name });
    await latest.open();
    expect(await latest.documentTexts.get('d2')).toEqual({ id: 'd2', editorState: '{}', plainText: 'Zhejiang held a meeting.', updatedAt: 5 });
    const bilingual = await latest.bilingual.get('d2');
    expect(bilingual?.origin).toBe('aligned');
    expect(bilingual?.segments.map((segment) => [segment.id, segment.source, segment.mtTarget])).toEqual([
      ['s1', [{ type: 'text', text: '浙江召开会议。' }], [{ type: 'text', text: 'Zhejiang held a meeting.' }]],
    ]);
    expect((await latest.documents.get('d2'))?.bilingual).toEqual({ origin: 'aligned', segments: 1 });
  });
});

describe('version 4', () => {
  it('gives every document a baseline: its text as it is at the upgrade, the rows unchanged', async () => {
    const first = open({ schemaVersion: 3 });
    const text = { id: 'd4', editorState: '{"root":{}}', plainText: 'The State Council held a meeting.', revision: 2, updatedAt: 7 };
    const row = { id: 'd4', createdAt: 1, updatedAt: 7, deletedAt: null, title: 'D4', sourceLang: 'zh', targetLang: 'en', origin: { kind: 'blank' }, wordCount: 6, glossaryIds: [] };
    await first.documents.put(row as never);
    await first.documentTexts.put(text);
    first.close();

    const latest = open({ name: first.name });
    await latest.open();
    expect(indexesOf(latest, 'baselines')).toEqual({ primaryKey: 'id', indexes: [] });
    expect(await latest.baselines.get('d4')).toEqual({ id: 'd4', text: 'The State Council held a meeting.', updatedAt: 7 });
    expect(await latest.documentTexts.get('d4')).toEqual(text);
    expect(await latest.documents.get('d4')).toEqual(row);
  });
});

describe('tablesAt', () => {
  it('names the tables each version has, so a backup from an older version is read with its own tables', () => {
    expect(tablesAt(2)).not.toContain('bilingual');
    expect(tablesAt(3)).not.toContain('baselines');
    expect(tablesAt(LATEST_SCHEMA_VERSION)).toEqual([...TABLE_NAMES]);
  });
});
