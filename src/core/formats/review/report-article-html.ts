/**
 * The article of the review report with its flags, notes and queries highlighted, written with
 * the same segmenting and nested marks as the annotated article (html-segments.ts, html-marks.ts).
 * Each highlight ends with the reference number of its entry in the lists below; entries are
 * numbered in reading order, then the ones that could not be placed.
 */
import type { Annotation } from '../../model';
import { escapeHtml } from '../annotations/html-escape';
import { markedSegmentsHtml } from '../annotations/html-marks';
import type { MarkWriter } from '../annotations/html-marks';
import { KIND_LABELS, noteId } from '../annotations/html-notes';
import { segmentArticle } from '../annotations/html-segments';

interface ReportArticle {
  /** The article's paragraphs as <p> elements. */
  html: string;
  /** The reference number of every entry. */
  numbers: ReadonlyMap<string, number>;
  /** Entries highlighted in the text; the others are orphans or cover no text. */
  placed: ReadonlySet<string>;
}

/** `entries` in reading order; deleted ones must already be left out. */
export function reportArticle(plainText: string, entries: readonly Annotation[]): ReportArticle {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const article = segmentArticle(
    plainText,
    entries.filter((entry) => entry.anchorState !== 'orphan').map((entry) => ({ id: entry.id, ...entry.selectors.position })),
  );
  const numbers = new Map<string, number>();
  for (const paragraph of article.paragraphs) for (const id of paragraph.startingIds) numbers.set(id, numbers.size + 1);
  const placed = new Set(numbers.keys());
  for (const entry of entries) if (!numbers.has(entry.id)) numbers.set(entry.id, numbers.size + 1);

  const marks: MarkWriter = {
    classOf: (id) => classesOf(byId.get(id)),
    referenceOf: (id) => {
      const number = numbers.get(id) ?? 0;
      const kind = byId.get(id)?.kind ?? 'note';
      return `<sup class="ref"><a href="#${escapeHtml(noteId({ id }))}" aria-label="${KIND_LABELS[kind]} ${number}">${number}</a></sup>`;
    },
    marked: new Set(),
  };
  const html = article.paragraphs
    .filter((paragraph) => paragraph.segments.length > 0)
    .map((paragraph) => `<p>${markedSegmentsHtml(paragraph.segments, marks)}</p>`)
    .join('\n');
  return { html, numbers, placed };
}

/** kind-flag severity-major status-rejected: what the style sheet colours a highlight or an entry by. */
export function classesOf(entry: Annotation | undefined): string {
  if (!entry) return 'kind-note';
  const classes = [`kind-${token(entry.kind)}`, `status-${token(entry.status)}`];
  if (entry.kind === 'flag' && entry.severity) classes.push(`severity-${token(entry.severity)}`);
  return classes.join(' ');
}

/** Stored values are typed, but an imported file may hold anything: a class name keeps only safe characters. */
function token(value: string): string {
  return value.replace(/[^a-z0-9-]/gi, '');
}
