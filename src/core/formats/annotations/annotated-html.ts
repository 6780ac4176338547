/**
 * The article with its annotations as one self-contained HTML5 file: highlighted words with
 * numbered references, and the notes either beside their paragraph (a margin column that also
 * prints) or as footnotes. Inline CSS only, no scripts, no external resources; a CSP meta tag
 * says so to the browser too. Every piece of text is escaped, so whatever was typed stays text.
 *
 * Overlapping annotations are written as properly nested marks: the text is cut wherever an
 * annotation starts or ends, and each piece opens and closes the marks of all annotations
 * covering it (html-segments.ts). Orphans, and anything else that covers no text, are listed
 * under "Could not be placed" with their quotes.
 */
import type { Annotation, LanguageTag } from '../../model';
import { ANNOTATED_HTML_STYLE } from './annotated-html-style';
import { escapeHtml } from './html-escape';
import { markedSegmentsHtml } from './html-marks';
import type { MarkWriter } from './html-marks';
import { KIND_LABELS, noteId, renderNote } from './html-notes';
import { segmentArticle } from './html-segments';
import type { ArticleParagraph } from './html-segments';

interface AnnotatedHtmlDocument {
  title: string;
  targetLang: LanguageTag;
  /** Blocks joined by "\n\n", as Glossa stores it; annotation positions are offsets into it. */
  plainText: string;
}

interface AnnotatedHtmlOptions {
  notes: 'margin' | 'footnotes';
  generatedAt: Date;
}

export function toAnnotatedHtml(document: AnnotatedHtmlDocument, annotations: readonly Annotation[], options: AnnotatedHtmlOptions): string {
  const live = annotations.filter((annotation) => annotation.deletedAt == null);
  const byId = new Map(live.map((annotation) => [annotation.id, annotation]));
  const anchored = live.filter((annotation) => annotation.anchorState !== 'orphan');
  const article = segmentArticle(
    document.plainText,
    anchored.map((annotation) => ({ id: annotation.id, ...annotation.selectors.position })),
  );
  const numbers = new Map<string, number>();
  for (const paragraph of article.paragraphs) for (const id of paragraph.startingIds) numbers.set(id, numbers.size + 1);
  const unplaced = [...live.filter((annotation) => annotation.anchorState === 'orphan'), ...article.unplacedIds.flatMap((id) => byId.get(id) ?? [])];

  const marks: MarkWriter = {
    classOf: (id) => `kind-${byId.get(id)?.kind ?? 'note'}`,
    referenceOf: (id) => {
      const number = numbers.get(id) ?? 0;
      return `<sup class="ref"><a href="#${escapeHtml(noteId({ id }))}" aria-label="Note ${number}">${number}</a></sup>`;
    },
    marked: new Set(),
  };
  const render: Renderer = { byId, numbers, marks };
  const paragraphs = article.paragraphs.filter((paragraph) => paragraph.segments.length > 0);
  const body =
    options.notes === 'margin'
      ? `<main class="article notes-margin">${paragraphs.map((paragraph) => marginRow(paragraph, render)).join('\n')}</main>`
      : `<main class="article notes-footnotes">${paragraphs.map((paragraph) => `<p>${paragraphHtml(paragraph, render)}</p>`).join('\n')}</main>\n` +
        footnotes(paragraphs, render);

  return `<!DOCTYPE html>
<html lang="${escapeHtml(document.targetLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(document.title)}</title>
<style>${ANNOTATED_HTML_STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(document.title)}</h1>
<p class="generated">${summary(numbers.size, unplaced.length)} · Generated <time datetime="${options.generatedAt.toISOString()}">${options.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</time></p>
<p class="legend">${Object.entries(KIND_LABELS)
    .map(([kind, label]) => `<span><mark class="kind-${kind}">${label}</mark></span>`)
    .join('')}</p>
</header>
${body}
${unplacedSection(unplaced)}
</body>
</html>
`;
}

interface Renderer {
  byId: ReadonlyMap<string, Annotation>;
  numbers: ReadonlyMap<string, number>;
  marks: MarkWriter;
}

function marginRow(paragraph: ArticleParagraph, render: Renderer): string {
  const notes = notesOf(paragraph.startingIds, render, 'aside');
  return `<div class="row"><p>${paragraphHtml(paragraph, render)}</p><div class="notes">${notes}</div></div>`;
}

function footnotes(paragraphs: readonly ArticleParagraph[], render: Renderer): string {
  const notes = paragraphs.map((paragraph) => notesOf(paragraph.startingIds, render, 'li')).join('');
  return notes === '' ? '' : `<section class="footnotes" aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2><ol>${notes}</ol></section>`;
}

function notesOf(ids: readonly string[], render: Renderer, element: 'li' | 'aside'): string {
  return ids
    .map((id) => {
      const annotation = render.byId.get(id);
      return annotation ? renderNote(annotation, { element, number: render.numbers.get(id) }) : '';
    })
    .join('');
}

function paragraphHtml(paragraph: ArticleParagraph, render: Renderer): string {
  return markedSegmentsHtml(paragraph.segments, render.marks);
}

function unplacedSection(unplaced: readonly Annotation[]): string {
  if (unplaced.length === 0) return '';
  const notes = unplaced.map((annotation) => renderNote(annotation, { element: 'div' })).join('');
  return (
    `<section class="unplaced" aria-labelledby="unplaced-heading"><h2 id="unplaced-heading">Could not be placed</h2>` +
    `<p class="generated">The text these annotations were made on is no longer in the article. Each shows the words it was about.</p>${notes}</section>`
  );
}

function summary(placed: number, unplaced: number): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return unplaced === 0 ? count(placed, 'annotation') : `${count(placed, 'annotation')}, ${unplaced} not placed`;
}
