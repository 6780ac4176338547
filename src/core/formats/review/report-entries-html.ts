/**
 * The lists of the review report: each flag (category, severity, status, its points or why it
 * does not count, explanation, suggestion, replies) and each note or query, numbered like its
 * highlight and linked to it. Every piece of text is escaped.
 */
import type { Annotation } from '../../model';
import { SEVERITY_LABELS } from '../../mqm';
import type { Scorecard } from '../../mqm';
import { escapeHtml, escapeLines } from '../annotations/html-escape';
import { KIND_LABELS, STATUS_LABELS, markId, noteId } from '../annotations/html-notes';
import { flagPoints, flagScoring } from './flag-points';
import { classesOf } from './report-article-html';
import { categoryLabel, formatPoints } from './report-format';

interface EntryContext {
  scorecard: Scorecard;
  numbers: ReadonlyMap<string, number>;
  placed: ReadonlySet<string>;
}

/** The entries as an <ol>, in the order of their numbers; `empty` when there are none. */
export function entryListHtml(entries: readonly Annotation[], context: EntryContext, empty: string): string {
  if (entries.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const number = (entry: Annotation) => context.numbers.get(entry.id) ?? 0;
  const items = [...entries].sort((a, b) => number(a) - number(b)).map((entry) => entryHtml(entry, number(entry), context));
  return `<ol class="entries">\n${items.join('\n')}\n</ol>`;
}

function entryHtml(entry: Annotation, number: number, context: EntryContext): string {
  const placed = context.placed.has(entry.id);
  const parts = [`<p class="entry-head">${headHtml(entry, context.scorecard)}</p>`, `<blockquote class="entry-quote">${escapeLines(entry.quote)}</blockquote>`];
  if (!placed) {
    parts.push('<p class="entry-unplaced">Could not be placed: these words are no longer in the article.</p>');
  } else if (entry.selectors.quote.exact !== entry.quote) {
    parts.push(`<p class="entry-current"><span class="label">Text now:</span> ${escapeLines(entry.selectors.quote.exact)}</p>`);
  }
  if (entry.body !== '') parts.push(`<p class="entry-explanation">${escapeLines(entry.body)}</p>`);
  if (entry.suggestion !== undefined) {
    parts.push(`<p class="entry-suggestion"><span class="label">Suggested:</span> <ins>${escapeLines(entry.suggestion)}</ins></p>`);
  }
  parts.push(`<p class="entry-meta">${byline(entry.author, entry.createdAt)}</p>`);
  if (entry.replies.length > 0) {
    const replies = entry.replies.map((reply) => `<li><p class="entry-meta">${byline(reply.author, reply.createdAt)}</p><p>${escapeLines(reply.body)}</p></li>`);
    parts.push(`<ol class="entry-replies" aria-label="Replies">${replies.join('')}</ol>`);
  }
  if (placed) parts.push(`<p class="entry-back"><a href="#${escapeHtml(markId(entry))}">Back to the text</a></p>`);
  return (
    `<li class="entry ${classesOf(entry)}" id="${escapeHtml(noteId(entry))}" value="${number}" data-annotation="${escapeHtml(entry.id)}">` +
    `${parts.join('')}</li>`
  );
}

function headHtml(entry: Annotation, scorecard: Scorecard): string {
  const status = `<span class="entry-status">${STATUS_LABELS[entry.status] ?? escapeHtml(String(entry.status))}</span>`;
  if (entry.kind !== 'flag') return `<span class="entry-kind">${KIND_LABELS[entry.kind] ?? 'Note'}</span> · ${status}`;
  const category = `<span class="entry-category">${entry.mqmCategory ? escapeHtml(categoryLabel(entry.mqmCategory)) : 'No category'}</span>`;
  const severity = `<span class="entry-severity">${entry.severity ? (SEVERITY_LABELS[entry.severity] ?? escapeHtml(String(entry.severity))) : 'No severity'}</span>`;
  return `${category} · ${severity} · ${status} · <span class="entry-points">${pointsText(entry, scorecard)}</span>`;
}

function pointsText(flag: Annotation, scorecard: Scorecard): string {
  switch (flagScoring(flag)) {
    case 'rejected':
      return 'Not counted: rejected';
    case 'unrated':
      return 'Not counted: no severity';
    case 'counted': {
      const points = flagPoints(scorecard, flag);
      return points === undefined ? 'Counted' : `${formatPoints(points)} ${points === 1 ? 'point' : 'points'}`;
    }
  }
}

function byline(author: string, time: number): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return escapeHtml(author === '' ? 'Unknown' : author);
  const when = date.toISOString();
  return `${escapeHtml(author === '' ? 'Unknown' : author)} · <time datetime="${when}">${when.slice(0, 10)}</time>`;
}
