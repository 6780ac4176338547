import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossaDatabase } from './database';
import { getSetting, setSetting } from './settings';
import type { ManualClock } from './test-database';
import { deleteTestDatabase, openTestDatabase } from './test-database';

let db: GlossaDatabase;
let clock: ManualClock;

beforeEach(() => {
  ({ db, clock } = openTestDatabase());
});

afterEach(async () => {
  await deleteTestDatabase(db);
});

describe('settings', () => {
  it('return the fallback until set, then the stored value', async () => {
    expect(await getSetting(db, 'authorName', 'Anonymous')).toBe('Anonymous');

    await setSetting(db, 'authorName', 'Lin');
    await setSetting(db, 'libraryVisible', false);
    await setSetting(db, 'lastOpenedDocumentId', null);

    expect(await getSetting(db, 'authorName', 'Anonymous')).toBe('Lin');
    expect(await getSetting(db, 'libraryVisible', true)).toBe(false);
    expect(await getSetting(db, 'lastOpenedDocumentId', 'fallback')).toBeNull();
    expect(await db.settings.get('authorName')).toEqual({ key: 'authorName', value: 'Lin', updatedAt: clock() });
  });

  it('overwrite the previous value', async () => {
    await setSetting(db, 'sampleImported', false);
    await setSetting(db, 'sampleImported', true);

    expect(await getSetting(db, 'sampleImported', false)).toBe(true);
    expect(await db.settings.count()).toBe(1);
  });

  it('read a stored value of the wrong type as the fallback', async () => {
    await db.settings.put({ key: 'libraryVisible', value: 'yes', updatedAt: 0 });
    await db.settings.put({ key: 'lastOpenedDocumentId', value: 42, updatedAt: 0 });

    expect(await getSetting(db, 'libraryVisible', true)).toBe(true);
    expect(await getSetting(db, 'lastOpenedDocumentId', null)).toBeNull();
  });
});
