/**
 * Small scanning helpers shared by the checks. Everything here is bounded or
 * linear: checks call them once per match, never once per character.
 */

export interface Span {
  start: number;
  end: number;
}

/** Lines of the text (split on "\n", a trailing "\r" excluded): paragraphs and blank separators alike. */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    spans.push({ start, end });
    start = next;
  }
  return spans;
}

const SPACE = /\s/;

/** Start of the run of non-space characters that ends at index (at most max back). */
export function wordStartBefore(text: string, index: number, max = 30): number {
  let i = index;
  while (i > 0 && index - i < max && !SPACE.test(text[i - 1] ?? ' ')) i -= 1;
  return i;
}

/** End of the run of non-space characters that starts at index (at most max ahead). */
export function wordEndAfter(text: string, index: number, max = 30): number {
  let i = index;
  while (i < text.length && i - index < max && !SPACE.test(text[i] ?? ' ')) i += 1;
  return i;
}

/** True when [start, end) lies inside one of the sorted, non-overlapping spans. */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (span.end < end) low = mid + 1;
    else if (span.start > start) high = mid - 1;
    else return true;
  }
  return false;
}
