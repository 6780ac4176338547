// @vitest-environment jsdom
// jsdom for the useDismissedKeys hook at the end; the repository tests need only fake-indexeddb.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { isValid as isUlid } from 'ulid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseProvider } from './context';
import type { GlossaDatabase } from './database';
import { createDocument } from './documents';
import { dismissFinding, listDismissedKeys, restoreFinding } from './findings';
import { useDismissedKeys } from './hooks';
import type { ManualClock } from './test-database';
import { deleteTestDatabase, documentInput, openTestDatabase } from './test-database';
import { emptyTrash, moveToTrash, restoreFromTrash } from './trash';

let db: GlossaDatabase;
let clock: ManualClock;
let docId: string;
let otherDocId: string;

const REPEATED = { checkId: 'repeated-words', key: 'repeated-words:0:the the' };
const JUNK = { checkId: 'scraper-artifacts', key: 'scraper-artifacts:0:[ad_1]' };

beforeEach(async () => {
  ({ db, clock } = openTestDatabase());
  docId = (await createDocument(db, documentInput())).id;
  otherDocId = (await createDocument(db, documentInput({ title: 'Other' }))).id;
  clock.advance(1000);
});

afterEach(async () => {
  cleanup();
  await deleteTestDatabase(db);
});

describe('dismissFinding', () => {
  it('stores a dismissal with a ULID and timestamps, and lists its key for its document only', async () => {
    const dismissed = await dismissFinding(db, { docId, ...REPEATED });

    expect(isUlid(dismissed.id)).toBe(true);
    expect(dismissed).toEqual({ id: dismissed.id, createdAt: clock(), updatedAt: clock(), deletedAt: null, docId, ...REPEATED });
    expect(await db.findings.get(dismissed.id)).toEqual(dismissed);
    expect(await listDismissedKeys(db, docId)).toEqual(new Set([REPEATED.key]));
    expect(await listDismissedKeys(db, otherDocId)).toEqual(new Set());
  });

  it('is idempotent: dismissing again returns the same row and writes nothing', async () => {
    const first = await dismissFinding(db, { docId, ...REPEATED });
    clock.advance(1000);

    const again = await dismissFinding(db, { docId, ...REPEATED });
    const both = await Promise.all([dismissFinding(db, { docId, ...JUNK }), dismissFinding(db, { docId, ...JUNK })]);

    expect(again).toEqual(first);
    expect(both[1]).toEqual(both[0]);
    expect(await db.findings.count()).toBe(2);
    expect(await listDismissedKeys(db, docId)).toEqual(new Set([REPEATED.key, JUNK.key]));
  });

  it('keeps the same key of two documents apart', async () => {
    await dismissFinding(db, { docId, ...REPEATED });
    await dismissFinding(db, { docId: otherDocId, ...REPEATED });
    await restoreFinding(db, docId, REPEATED.key);

    expect(await listDismissedKeys(db, docId)).toEqual(new Set());
    expect(await listDismissedKeys(db, otherDocId)).toEqual(new Set([REPEATED.key]));
  });

  it('refuses a missing or trashed document and an empty key, and writes nothing', async () => {
    await expect(dismissFinding(db, { docId: 'missing', ...REPEATED })).rejects.toMatchObject({ name: 'StorageError', code: 'not-found' });
    await moveToTrash(db, docId);
    await expect(dismissFinding(db, { docId, ...REPEATED })).rejects.toMatchObject({ code: 'in-trash' });
    await expect(dismissFinding(db, { docId: otherDocId, checkId: 'repeated-words', key: '' })).rejects.toThrow(TypeError);
    expect(await db.findings.count()).toBe(0);
  });
});

describe('restoreFinding', () => {
  it('sets a tombstone, and dismissing again revives the same row', async () => {
    const dismissed = await dismissFinding(db, { docId, ...REPEATED });
    clock.advance(1000);
    await restoreFinding(db, docId, REPEATED.key);

    expect(await listDismissedKeys(db, docId)).toEqual(new Set());
    expect(await db.findings.get(dismissed.id)).toMatchObject({ deletedAt: clock(), updatedAt: clock() });

    clock.advance(1000);
    const revived = await dismissFinding(db, { docId, ...REPEATED });

    expect(revived).toEqual({ ...dismissed, deletedAt: null, updatedAt: clock() });
    expect(await db.findings.count()).toBe(1);
    expect(await listDismissedKeys(db, docId)).toEqual(new Set([REPEATED.key]));
  });

  it('changes nothing for a finding that is not dismissed', async () => {
    const dismissed = await dismissFinding(db, { docId, ...REPEATED });
    await restoreFinding(db, docId, REPEATED.key);
    const tombstone = await db.findings.get(dismissed.id);
    clock.advance(1000);

    await restoreFinding(db, docId, REPEATED.key);
    await restoreFinding(db, docId, 'never-dismissed');

    expect(await db.findings.get(dismissed.id)).toEqual(tombstone);
    expect(await db.findings.count()).toBe(1);
  });

  it('keeps dismissals through Trash and restore, and emptying the Trash removes them', async () => {
    await dismissFinding(db, { docId, ...REPEATED });
    await moveToTrash(db, docId);
    await expect(restoreFinding(db, docId, REPEATED.key)).rejects.toMatchObject({ code: 'in-trash' });
    expect(await listDismissedKeys(db, docId)).toEqual(new Set([REPEATED.key]));

    await restoreFromTrash(db, docId);
    expect(await listDismissedKeys(db, docId)).toEqual(new Set([REPEATED.key]));

    await moveToTrash(db, docId);
    await emptyTrash(db);
    expect(await db.findings.count()).toBe(0);
  });
});

describe('useDismissedKeys', () => {
  function wrapper({ children }: { children: ReactNode }) {
    return <DatabaseProvider db={db}>{children}</DatabaseProvider>;
  }

  it('follows dismissals and restores live, and is empty without a document', async () => {
    const { result } = renderHook(() => ({ keys: useDismissedKeys(docId), none: useDismissedKeys(null) }), { wrapper });
    await waitFor(() => expect(result.current).toEqual({ keys: new Set(), none: new Set() }));

    await act(() => dismissFinding(db, { docId, ...REPEATED }));
    await waitFor(() => expect(result.current.keys).toEqual(new Set([REPEATED.key])));

    await act(() => restoreFinding(db, docId, REPEATED.key));
    await waitFor(() => expect(result.current.keys).toEqual(new Set()));
  });
});
