// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateAnchors } from './annotation-anchors';
import { createAnnotation, deleteAnnotation, updateAnnotation } from './annotations';
import { DatabaseProvider } from './context';
import type { GlossaDatabase } from './database';
import { createDocument, renameDocument } from './documents';
import { useAnnotations, useDocument, useDocuments, useSetting } from './hooks';
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

describe('useAnnotations', () => {
  const selectors = {
    quote: { type: 'TextQuoteSelector', exact: 'meeting', prefix: 'The ', suffix: ' was' },
    position: { type: 'TextPositionSelector', start: 4, end: 11 },
  } as const;

  it('follows creation, edits and deletion, and re-renders on nothing when anchors did not change', async () => {
    const document = await createDocument(db, documentInput());
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders += 1;
        return { annotations: useAnnotations(document.id), none: useAnnotations(null) };
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current).toEqual({ annotations: [], none: [] }));

    const created = await act(() => createAnnotation(db, { docId: document.id, kind: 'note', quote: 'meeting', selectors, author: 'Lin' }));
    await waitFor(() => expect(result.current.annotations?.map((row) => row.id)).toEqual([created.id]));

    await act(() => updateAnnotation(db, created.id, { body: 'Edited' }));
    await waitFor(() => expect(result.current.annotations?.[0]?.body).toBe('Edited'));

    const rendersBefore = renders;
    await act(async () => {
      await updateAnchors(db, [{ id: created.id, selectors, anchorState: 'anchored' }]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(renders).toBe(rendersBefore);

    await act(() => deleteAnnotation(db, created.id));
    await waitFor(() => expect(result.current.annotations).toEqual([]));
  });
});
