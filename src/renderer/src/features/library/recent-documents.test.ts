// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSetting, type DocumentSummary, type GlossaDatabase } from '../../db';
import { deleteTestDatabase, openTestDatabase } from '../../db/test-database';
import { clearRecent, recentEntries, rememberOpened, withRecent } from './recent-documents';

describe('withRecent', () => {
  it('puts the document first, once, and keeps ten', () => {
    const ids = Array.from({ length: 10 }, (_, index) => `d${index}`);
    expect(withRecent(ids, 'd5')).toEqual(['d5', 'd0', 'd1', 'd2', 'd3', 'd4', 'd6', 'd7', 'd8', 'd9']);
    expect(withRecent(ids, 'new')).toEqual(['new', ...ids.slice(0, 9)]);
    expect(withRecent([], 'a')).toEqual(['a']);
  });
});

describe('recentEntries', () => {
  const summary = (id: string, title: string) => ({ id, title }) as DocumentSummary;
  it('gives the titles the library has now, and leaves out what is gone or in the Trash', () => {
    const library = [summary('a', 'Renamed article'), summary('c', '   ')];
    expect(recentEntries(['b', 'a', 'c'], library)).toEqual([
      { id: 'a', title: 'Renamed article' },
      { id: 'c', title: 'Untitled' },
    ]);
  });
});

describe('rememberOpened and clearRecent', () => {
  let db: GlossaDatabase;
  beforeEach(() => {
    ({ db } = openTestDatabase());
  });
  afterEach(async () => {
    await deleteTestDatabase(db);
  });

  it('keep the list in the library settings', async () => {
    await rememberOpened(db, 'a');
    await rememberOpened(db, 'b');
    await rememberOpened(db, 'a');
    expect(await getSetting(db, 'recentDocumentIds', [])).toEqual(['a', 'b']);
    await clearRecent(db);
    expect(await getSetting(db, 'recentDocumentIds', ['x'])).toEqual([]);
  });
});
