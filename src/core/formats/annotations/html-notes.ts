/** One annotation written out as a note of the annotated HTML article: the card, on paper. */
import type { AnchorState, Annotation, AnnotationKind, AnnotationStatus } from '../../model';
import { SEVERITY_LABELS, categoryPath } from '../../mqm';
import { escapeHtml, escapeLines } from './html-escape';

export const KIND_LABELS: Readonly<Record<AnnotationKind, string>> = { term: 'Term', flag: 'Flag', note: 'Note', query: 'Query' };

export const STATUS_LABELS: Readonly<Record<AnnotationStatus, string>> = {
  open: 'Open',
  resolved: 'Resolved',
  accepted: 'Accepted',
  rejected: 'Rejected',
  fixed: 'Fixed',
};

/** Below this, a re-anchored annotation is shown as "needs check" (as its card is in the app). */
const CONFIDENT_ANCHOR = 0.8;

interface NoteOptions {
  /** The note's reference number; undefined for a note that could not be placed in the text. */
  number?: number;
  /** The element to write: <li> in the footnotes list, <aside> in the margin, <div> elsewhere. */
  element: 'li' | 'aside' | 'div';
}

export function markId(annotation: Pick<Annotation, 'id'>): string {
  return `a-${annotation.id}`;
}

export function noteId(annotation: Pick<Annotation, 'id'>): string {
  return `note-${annotation.id}`;
}

export function renderNote(annotation: Annotation, options: NoteOptions): string {
  const { element, number } = options;
  const value = element === 'li' && number !== undefined ? ` value="${number}"` : '';
  const parts = [
    `<p class="note-head">${number === undefined ? '' : `<span class="note-number">${number}</span> `}` +
      `<span class="note-kind">${KIND_LABELS[annotation.kind]}</span> · <span class="note-status">${STATUS_LABELS[annotation.status]}</span>` +
      `${anchorWarning(annotation.anchorState, annotation.anchorConfidence)}</p>`,
    `<blockquote class="note-quote">${escapeLines(annotation.quote)}</blockquote>`,
  ];
  if (annotation.quote !== annotation.selectors.quote.exact && annotation.anchorState !== 'orphan') {
    parts.push(`<p class="note-current"><span class="label">Text now:</span> ${escapeLines(annotation.selectors.quote.exact)}</p>`);
  }
  if (annotation.body !== '') parts.push(`<p class="note-body">${escapeLines(annotation.body)}</p>`);
  if (annotation.suggestion !== undefined) {
    parts.push(`<p class="note-suggestion"><span class="label">Suggested:</span> <ins>${escapeLines(annotation.suggestion)}</ins></p>`);
  }
  const mqm = [annotation.mqmCategory && categoryPath(annotation.mqmCategory), annotation.severity && SEVERITY_LABELS[annotation.severity]].filter(Boolean);
  if (mqm.length > 0) parts.push(`<p class="note-mqm"><span class="label">MQM:</span> ${escapeHtml(mqm.join(' · '))}</p>`);
  parts.push(`<p class="note-meta">${byline(annotation.author, annotation.createdAt)}</p>`);
  if (annotation.replies.length > 0) {
    const replies = annotation.replies.map((reply) => `<li><p class="note-meta">${byline(reply.author, reply.createdAt)}</p><p>${escapeLines(reply.body)}</p></li>`);
    parts.push(`<ol class="note-replies" aria-label="Replies">${replies.join('')}</ol>`);
  }
  if (number !== undefined) parts.push(`<p class="note-back"><a href="#${escapeHtml(markId(annotation))}">Back to the text</a></p>`);
  return `<${element} class="note kind-${annotation.kind}" id="${escapeHtml(noteId(annotation))}"${value}>${parts.join('')}</${element}>`;
}

function anchorWarning(state: AnchorState, confidence: number | undefined): string {
  if (state !== 'fuzzy' || (confidence !== undefined && confidence >= CONFIDENT_ANCHOR)) return '';
  const percent = confidence === undefined ? '' : ` (${Math.round(confidence * 100)}% sure)`;
  return ` · <span class="note-check">Needs check: placed by approximate match${percent}</span>`;
}

function byline(author: string, time: number): string {
  const when = new Date(time).toISOString();
  return `${escapeHtml(author === '' ? 'Unknown' : author)} · <time datetime="${when}">${when.slice(0, 10)}</time>`;
}
