/**
 * The Terms section of the review report: every term the reviewer marked in the article, with
 * the glossary's preferred rendering and status where the term is in a glossary, and the
 * reviewer's note. Terms are not scored; they tell the client which words were checked.
 */
import type { Annotation, Term } from '../../model';
import { escapeHtml, escapeLines } from '../annotations/html-escape';
import { plural } from './report-format';
import { compareReadingOrder } from './review-items';

export type ReportTerm = Pick<Term, 'preferred' | 'status'>;

const STATUS: Readonly<Record<Term['status'], string>> = { approved: 'approved', proposed: 'proposed', forbidden: 'forbidden' };

export function termsSectionHtml(annotations: readonly Annotation[], terms: ReadonlyMap<string, ReportTerm> = new Map()): string {
  const marked = annotations.filter((annotation) => annotation.kind === 'term' && annotation.deletedAt == null).sort(compareReadingOrder);
  if (marked.length === 0) return '';
  const items = marked.map((annotation) => {
    const term = annotation.termId ? terms.get(annotation.termId) : undefined;
    const quote = annotation.selectors.quote.exact || annotation.quote;
    const rendering = term && term.preferred ? ` → <span class="term-preferred">${escapeHtml(term.preferred)}</span> <span class="summary">(${STATUS[term.status]})</span>` : '';
    const note = annotation.body.trim() ? `<p>${escapeLines(annotation.body)}</p>` : '';
    return `<li data-annotation-id="${escapeHtml(annotation.id)}"><q>${escapeHtml(quote)}</q>${rendering}${note}</li>`;
  });
  return `<section id="terms" class="report-section" aria-labelledby="terms-heading">
<h2 id="terms-heading">Terms <span class="summary">(${plural(marked.length, 'term')})</span></h2>
<ul class="term-list">${items.join('')}</ul>
</section>`;
}
