/**
 * Live queries for components: each re-renders when the rows it read change.
 * They return undefined while the first result loads.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Annotation, BilingualRecord, DocumentText, Glossary, Id, Term } from '@core/model';
import { listGlossaries, readDocumentGlossaries } from './glossaries';
import { getTerm, listTerms, listTermsOf } from './terms';
import { listAnnotations } from './annotations';
import { useDatabase } from './context';
import { getBilingual, getDocumentSummary, getDocumentText, listDocuments, listTrash } from './documents';
import type { DocumentSummary } from './documents';
import { listDismissedKeys } from './findings';
import { getBaseline } from './baselines';
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
 * One document's metadata, live, or null when there is none with this id.
 * It never reads the article text, so autosaves stay cheap to observe.
 */
export function useDocument(id: Id | null | undefined): DocumentSummary | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await getDocumentSummary(db, id)) ?? null) : null), [db, id]);
}

/**
 * One document's text, read once when the id changes (not live: the editor that
 * shows it is also what writes it). undefined while loading, null if missing.
 */
export function useDocumentText(id: Id, reload = 0): DocumentText | null | undefined {
  const db = useDatabase();
  const [loaded, setLoaded] = useState<{ id: Id; reload: number; text: DocumentText | null } | null>(null);
  useEffect(() => {
    let current = true;
    void getDocumentText(db, id).then((text) => {
      if (current) setLoaded({ id, reload, text: text ?? null });
    });
    return () => {
      current = false;
    };
  }, [db, id, reload]);
  return loaded?.id === id && loaded.reload === reload ? loaded.text : undefined;
}

/**
 * The bilingual side of a document, read once per document (it changes only on import):
 * undefined while loading, null for a monolingual document.
 */
export function useBilingual(id: Id, isBilingual: boolean): BilingualRecord | null | undefined {
  const db = useDatabase();
  const [loaded, setLoaded] = useState<{ id: Id; record: BilingualRecord | null } | null>(null);
  useEffect(() => {
    if (!isBilingual) return;
    let current = true;
    void getBilingual(db, id).then((record) => {
      if (current) setLoaded({ id, record: record ?? null });
    });
    return () => {
      current = false;
    };
  }, [db, id, isBilingual]);
  if (!isBilingual) return null;
  return loaded?.id === id ? loaded.record : undefined;
}

export function useSetting<K extends SettingKey>(key: K, fallback: SettingValues[K]): SettingValues[K] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => getSetting(db, key, fallback), [db, key, fallback]);
}

/**
 * The document's annotations that are not deleted, in reading order, live; [] without a document.
 * Anchor updates that change nothing write nothing (see updateAnchors), so autosaves do not re-render it.
 */
export function useAnnotations(docId: Id | null | undefined): Annotation[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (docId ? listAnnotations(db, docId) : []), [db, docId]);
}

/** The keys of the document's dismissed QA findings, live; an empty set without a document. */
export function useDismissedKeys(docId: Id | null | undefined): ReadonlySet<string> | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (docId ? listDismissedKeys(db, docId) : new Set<string>()), [db, docId]);
}

/** Every live glossary, oldest first. */
export function useGlossaries(): Glossary[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listGlossaries(db), [db]);
}

/** The live terms of one glossary, in the order they were added; [] without a glossary. */
export function useTerms(glossaryId: Id | null | undefined): Term[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (glossaryId ? listTerms(db, glossaryId) : []), [db, glossaryId]);
}

/** One live term, or null when it is gone or there is no id. */
export function useTerm(id: Id | null | undefined): Term | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await getTerm(db, id)) ?? null) : null), [db, id]);
}

/** The glossaries a document uses (the default of its pair when it lists none), live. */
export function useDocumentGlossaries(docId: Id | null | undefined): Glossary[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (docId ? readDocumentGlossaries(db, docId) : []), [db, docId]);
}

/**
 * The terms of the glossaries a document uses, live. Autosaves rewrite the document row, so
 * the glossary list is re-read often; the terms are re-read (and a new object returned) only
 * when the list of glossary ids or the terms themselves change, so consumers that recompile
 * matchers or re-run checks on a new value do not do so on every save.
 */
export function useDocumentTerms(docId: Id | null | undefined): { glossaryIds: readonly Id[]; terms: Term[] } | undefined {
  const db = useDatabase();
  const glossaries = useDocumentGlossaries(docId);
  const key = glossaries?.map((glossary) => glossary.id).join(' ');
  const terms = useLiveQuery(async () => (key === undefined ? undefined : listTermsOf(db, key ? key.split(' ') : [])), [db, key]);
  return useMemo(() => (key === undefined || terms === undefined ? undefined : { glossaryIds: key ? key.split(' ') : [], terms }), [key, terms]);
}

/**
 * A document's tracked-changes baseline, live (Accept writes it, in this window or another);
 * null when it has none, undefined while loading.
 */
export function useBaseline(id: Id): string | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await getBaseline(db, id)) ?? null, [db, id]);
}
