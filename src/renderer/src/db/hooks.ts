/**
 * Live queries for components: each re-renders when the rows it read change.
 * They return undefined while the first result loads.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { GlossaDocument, Id } from '@core/model';
import { useDatabase } from './context';
import { getDocument, listDocuments, listTrash } from './documents';
import type { DocumentSummary } from './documents';
import { getSetting } from './settings';
import type { SettingKey, SettingValues } from './settings';

/** The library: documents not in the Trash whose title matches `search`, most recent first. */
export function useDocuments(search = ''): DocumentSummary[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listDocuments(db, { search }), [db, search]);
}

export function useTrash(): DocumentSummary[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listTrash(db), [db]);
}

/**
 * One document, or null when there is none with this id. It re-renders on every
 * autosave of that document, so the editor should read its initial state once
 * (getDocument) rather than subscribe to its own writes.
 */
export function useDocument(id: Id | null | undefined): GlossaDocument | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await getDocument(db, id)) ?? null) : null), [db, id]);
}

export function useSetting<K extends SettingKey>(key: K, fallback: SettingValues[K]): SettingValues[K] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => getSetting(db, key, fallback), [db, key, fallback]);
}
