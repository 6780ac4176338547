// Renderer: a Term annotation's glossary entry, on its card. Unlinked, one button adds it
// to the document's glossary, prefilled from the quote; linked, the card edits the glossary
// term itself, so a change made here shows in the glossary and the other way round.
import type { Annotation, Glossary, Term } from '@core/model';
import { createTerm, getSetting, glossariesForDocument, useDatabase, useTerm, type GlossaDatabase } from '../../db';
import { useNotices } from '../../ui/notices';
import { useGlossaryNavigation } from './glossary-navigation';
import { TermFieldsForm } from './term-details';

/** A new glossary term from a Term annotation, in the document's first glossary: what the MT wrote, and the suggestion as the preferred rendering. */
export async function termFromAnnotation(db: GlossaDatabase, annotation: Annotation): Promise<{ term: Term; glossary: Glossary }> {
  const [glossary] = await glossariesForDocument(db, annotation.docId);
  if (!glossary) throw new Error('This document has no glossary.');
  const author = (await getSetting(db, 'authorName', '')) || annotation.author;
  const term = await createTerm(
    db,
    glossary.id,
    {
      target: annotation.quote,
      preferred: annotation.suggestion ?? '',
      ...(annotation.body.trim() ? { note: annotation.body } : {}),
    },
    author,
  );
  return { term, glossary };
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
      const { term: created, glossary } = await termFromAnnotation(db, annotation);
      await onLinked(created.id);
      notify('info', `Added “${annotation.quote}” to “${glossary.name}”.`);
    } catch (error) {
      notify('error', `Could not add the term to the glossary: ${error instanceof Error ? error.message : String(error)}`);
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
