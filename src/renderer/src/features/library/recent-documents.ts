// Renderer: the documents opened last, for File › Open Recent in the desktop app's menu.
//
// The library owns the list (a setting, so it survives restarts and travels with a backup);
// main only shows it. Titles come from the library each time, so a rename or a document
// moved to the Trash shows in the menu at once.
import { useEffect, useRef } from 'react';
import { MAX_RECENT_DOCUMENTS, type RecentDocument } from '@core/host';
import { getSetting, setSetting, useDocuments, useSetting, type DocumentSummary, type GlossaDatabase } from '../../db';
import { useHost } from '../../host/context';

const NO_IDS: readonly string[] = Object.freeze([]);

/** The list with `id` first, once, and no longer than the menu shows. */
export function withRecent(ids: readonly string[], id: string, max = MAX_RECENT_DOCUMENTS): string[] {
  return [id, ...ids.filter((other) => other !== id)].slice(0, max);
}

/** The menu's entries: the recent ids still in the library (not in the Trash), with their titles now. */
export function recentEntries(ids: readonly string[], documents: readonly DocumentSummary[]): RecentDocument[] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  return ids.flatMap((id) => {
    const document = byId.get(id);
    return document ? [{ id, title: (document.title.trim() || 'Untitled').slice(0, 300) }] : [];
  });
}

export async function rememberOpened(db: GlossaDatabase, documentId: string): Promise<void> {
  const ids = await getSetting(db, 'recentDocumentIds', NO_IDS);
  if (ids[0] === documentId) return;
  await setSetting(db, 'recentDocumentIds', withRecent(ids, documentId));
}

export async function clearRecent(db: GlossaDatabase): Promise<void> {
  await setSetting(db, 'recentDocumentIds', []);
}

/** Keeps main's File › Open Recent in step with the library. */
export function useRecentDocumentsMenu(): void {
  const host = useHost();
  const documents = useDocuments();
  const ids = useSetting('recentDocumentIds', NO_IDS);
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!documents || !ids) return;
    const entries = recentEntries(ids, documents);
    // The library's live query fires on every autosave; the menu is rebuilt only when it changes.
    const key = JSON.stringify(entries);
    if (key === sent.current) return;
    sent.current = key;
    host.setRecentDocuments(entries).catch((error: unknown) => {
      sent.current = null;
      console.warn('Glossa could not update File › Open Recent:', error);
    });
  }, [documents, host, ids]);
}
