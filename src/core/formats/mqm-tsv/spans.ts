/**
 * The <v>…</v> error-span markers of the WMT MQM TSV: stripped from a cell, with the span's
 * offsets in the plain text; and put back by the writer.
 */

export type SpanParse =
  | { ok: true; text: string; span: { start: number; end: number } | null; unclosed: boolean }
  | { ok: false; reason: string };

const MARK = /<\/?v>/g;

/**
 * At most one span per cell (one row is one error). An opening marker that is never closed runs
 * to the end of the cell (`unclosed`): the published en-de TED file has one such row, and its
 * error counts in the published scores. A closing marker without an opening one, a second
 * span or a nested one are refused.
 */
export function parseSpan(cell: string): SpanParse {
  let start = -1;
  let end = -1;
  let text = '';
  let last = 0;
  for (const match of cell.matchAll(MARK)) {
    text += cell.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '<v>') {
      if (start !== -1) return { ok: false, reason: end === -1 ? 'a <v> inside another <v>' : 'more than one <v>…</v> span' };
      start = text.length;
    } else {
      if (start === -1 || end !== -1) return { ok: false, reason: 'a </v> without its <v>' };
      end = text.length;
    }
  }
  text += cell.slice(last);
  if (start === -1) return { ok: true, text, span: null, unclosed: false };
  const unclosed = end === -1;
  return { ok: true, text, span: { start, end: unclosed ? text.length : end }, unclosed };
}

/** The cell with the span marked; offsets are clamped to the text. */
export function markSpan(text: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return `${text.slice(0, from)}<v>${text.slice(from, to)}</v>${text.slice(to)}`;
}
