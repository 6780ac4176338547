// Renderer: a Term annotation's glossary entry, on its card. Unlinked, one button adds it
// to the document's glossary, prefilled from the quote; linked, the card edits the glossary
// term itself, so a change made here shows in the glossary and the other way round.
import type { Annotation, Glossary, Term } from '@core/model';
import { normaliseTerm } from '@core/terms';
import { createTerm, flushPendingWrites, getAnnotation, getSetting, glossariesForDocument, listTermsOf, useDatabase, useTerm, type GlossaDatabase } from '../../db';
import { useNotices } from '../../ui/notices';
import { useGlossaryNavigation } from './glossary-navigation';
import { TermFieldsForm } from './term-details';
import { errorMessage } from '@core/errors';

/**
 * The glossary term for a Term annotation: the document's glossaries are searched first for
 * a term whose MT rendering, preferred rendering or a forbidden variant is the quote (it is
 * linked, not duplicated); otherwise a new term is made in the first glossary, from the
 * quote as what the MT wrote and the suggestion as the preferred rendering.
 */
export async function termFromAnnotation(db: GlossaDatabase, annotation: Annotation): Promise<{ term: Term; glossary: Glossary; existed: boolean }> {
  const glossaries = await glossariesForDocument(db, annotation.docId);
  const [first] = glossaries;
  if (!first) throw new Error('This document has no glossary.');
  const quote = normaliseTerm(annotation.quote);
  const known = (await listTermsOf(db, glossaries.map((glossary) => glossary.id))).find((term) =>
    [term.target, term.preferred, ...term.forbidden].some((text) => text !== '' && normaliseTerm(text) === quote),
  );
  if (known) return { term: known, glossary: glossaries.find((glossary) => glossary.id === known.glossaryId) ?? first, existed: true };
  const author = (await getSetting(db, 'authorName', '')) || annotation.author;
  const term = await createTerm(
    db,
    first.id,
    {
      target: annotation.quote,
      preferred: annotation.suggestion ?? '',
      ...(annotation.body.trim() ? { note: annotation.body } : {}),
    },
    author,
  );
  return { term, glossary: first, existed: false };
}

export function TermLink({ annotation, onLinked }: { annotation: Annotation; onLinked(termId: string): Promise<void> }) {
  const db = useDatabase();
  const { notify } = useNotices();
  const navigation = useGlossaryNavigation();
  const term = useTerm(annotation.termId);

  if (annotation.termId && term) {
    return (
      <section className="card-term" aria-label="Glossary entry">
        <TermFieldsForm term={term} compact />
        <button type="button" onClick={() => navigation.openGlossary(term.glossaryId, term.id)}>
          Open in glossary
        </button>
      </section>
    );
  }

  const add = async () => {
    try {
      // The card's fields may hold text typed a moment ago (a preferred translation, then Tab
      // and Enter): store it, then read the annotation as stored, not as this render saw it.
      await flushPendingWrites();
      const stored = (await getAnnotation(db, annotation.id)) ?? annotation;
      const { term: linked, glossary, existed } = await termFromAnnotation(db, stored);
      await onLinked(linked.id);
      notify('info', existed ? `Linked to the term already in “${glossary.name}”.` : `Added “${stored.quote}” to “${glossary.name}”.`);
    } catch (error) {
      notify('error', `Could not add the term to the glossary: ${errorMessage(error)}`);
    }
  };

  return (
    <section className="card-term" aria-label="Glossary entry">
      {annotation.termId && term === null ? <p className="card-warning">Its glossary term was deleted.</p> : null}
      <button type="button" onClick={() => void add()}>
        Add to glossary
      </button>
    </section>
  );
}
