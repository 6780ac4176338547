// Renderer: where glossary terms occur: in one document (export "terms of the current
// document") and across every document (a term's occurrences). Matching runs in a worker.
import type { Id, Term } from '@core/model';
import type { TermPattern } from '@core/terms';
import { getDocumentText, listAnnotations, listDocuments, type GlossaDatabase } from '../../db';
import { TermsClient } from '../../workers/terms-client';

/** The patterns that find a term in an article: what the MT wrote, the preferred rendering and the forbidden ones. */
export function patternsOf(terms: readonly Term[]): TermPattern[] {
  const patterns: TermPattern[] = [];
  for (const term of terms) {
    if (term.target) patterns.push({ termId: term.id, text: term.target, kind: 'target' });
    if (term.preferred && term.preferred !== term.target) patterns.push({ termId: term.id, text: term.preferred, kind: 'preferred' });
    for (const variant of term.forbidden) patterns.push({ termId: term.id, text: variant, kind: 'forbidden' });
  }
  return patterns;
}

let shared: TermsClient | null = null;
function client(): TermsClient {
  shared ??= new TermsClient();
  return shared;
}

/** The terms that occur in the document's text or are linked to one of its Term annotations. */
export async function termsInText(db: GlossaDatabase, docId: Id, terms: readonly Term[]): Promise<Term[]> {
  const text = (await getDocumentText(db, docId))?.plainText ?? '';
  const patterns = patternsOf(terms);
  const [found = []] = await client().matchOnce(patterns, [text]);
  const ids = new Set<string>();
  for (const occurrence of found) for (const index of occurrence.patterns) ids.add(patterns[index]!.termId);
  for (const annotation of await listAnnotations(db, docId)) if (annotation.termId) ids.add(annotation.termId);
  return terms.filter((term) => ids.has(term.id));
}

export interface DocumentOccurrences {
  docId: Id;
  title: string;
  count: number;
  first: { start: number; end: number; snippet: string };
}

const SNIPPET_CONTEXT = 40;

/** Every live document the term occurs in, with how often and its first occurrence. */
export async function occurrencesAcrossDocuments(db: GlossaDatabase, term: Term): Promise<DocumentOccurrences[]> {
  const documents = await listDocuments(db);
  const texts = await Promise.all(documents.map(async (document) => (await getDocumentText(db, document.id))?.plainText ?? ''));
  const found = await client().matchOnce(patternsOf([term]), texts);
  const result: DocumentOccurrences[] = [];
  documents.forEach((document, index) => {
    const occurrences = found[index] ?? [];
    const first = occurrences[0];
    if (!first) return;
    const text = texts[index]!;
    const before = text.slice(Math.max(0, first.start - SNIPPET_CONTEXT), first.start).replace(/\s+/g, ' ');
    const after = text.slice(first.end, first.end + SNIPPET_CONTEXT).replace(/\s+/g, ' ');
    result.push({
      docId: document.id,
      title: document.title,
      count: occurrences.length,
      first: { start: first.start, end: first.end, snippet: `…${before}[${text.slice(first.start, first.end)}]${after}…` },
    });
  });
  return result;
}
