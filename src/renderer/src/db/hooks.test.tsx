// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseProvider } from './context';
import type { GlossaDatabase } from './database';
import { createDocument, renameDocument } from './documents';
import { useDocument, useDocuments, useSetting } from './hooks';
import { setSetting } from './settings';
import { deleteTestDatabase, documentInput, openTestDatabase } from './test-database';

let db: GlossaDatabase;

beforeEach(() => {
  db = openTestDatabase().db;
});

afterEach(async () => {
  // Vitest runs without globals, so Testing Library cannot unmount on its own; unmount before the database goes.
  cleanup();
  await deleteTestDatabase(db);
});

function wrapper({ children }: { children: ReactNode }) {
  return <DatabaseProvider db={db}>{children}</DatabaseProvider>;
}

describe('useDocuments', () => {
  it('updates live after createDocument (written through the strict connection)', async () => {
    const { result } = renderHook(() => useDocuments(''), { wrapper });
    await waitFor(() => expect(result.current).toEqual([]));

    const created = await act(() => createDocument(db, documentInput({ title: 'Fresh import' })));

    await waitFor(() => expect(result.current?.map((document) => document.id)).toEqual([created.id]));
  });

  it('re-runs when the search changes', async () => {
    await createDocument(db, documentInput({ title: 'Budget report' }));
    await createDocument(db, documentInput({ title: 'Meeting minutes' }));
    const { result, rerender } = renderHook(({ search }) => useDocuments(search), { wrapper, initialProps: { search: '' } });
    await waitFor(() => expect(result.current).toHaveLength(2));

    rerender({ search: 'minutes' });

    await waitFor(() => expect(result.current?.map((document) => document.title)).toEqual(['Meeting minutes']));
  });
});

describe('useDocument and useSetting', () => {
  it('follow changes to their row and report null for a missing document', async () => {
    const created = await createDocument(db, documentInput());
    const { result } = renderHook(
      () => ({ document: useDocument(created.id), missing: useDocument('missing'), author: useSetting('authorName', 'Anonymous') }),
      { wrapper },
    );
    await waitFor(() => expect(result.current).toMatchObject({ document: { title: created.title }, missing: null, author: 'Anonymous' }));

    await act(async () => {
      await renameDocument(db, created.id, 'Renamed');
      await setSetting(db, 'authorName', 'Lin');
    });

    await waitFor(() => expect(result.current).toMatchObject({ document: { title: 'Renamed' }, author: 'Lin' }));
  });
});
