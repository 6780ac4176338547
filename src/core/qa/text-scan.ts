import { charLength, codePointAt, codePointBefore, isSpaceChar } from '../text/chars';

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

/**
 * Start of the run of non-space characters that ends at index (at most max code units back). Steps
 * by code point, so a character outside the BMP is never cut in half at the limit.
 */
export function wordStartBefore(text: string, index: number, max = 30): number {
  let i = index;
  for (;;) {
    const point = codePointBefore(text, i);
    if (point < 0 || isSpaceChar(point) || index - i + charLength(point) > max) return i;
    i -= charLength(point);
  }
}

/** End of the run of non-space characters that starts at index (at most max code units ahead), by code point. */
export function wordEndAfter(text: string, index: number, max = 30): number {
  let i = index;
  while (i < text.length) {
    const point = codePointAt(text, i);
    if (isSpaceChar(point) || i - index + charLength(point) > max) break;
    i += charLength(point);
  }
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
