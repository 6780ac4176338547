/**
 * Describe a selected range of the plain text with W3C selectors, so that it can be found
 * again after the text changes.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model';

interface RangeSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Selectors for text[start, end): the quote with up to `contextLength` characters of context
 * on each side, and the offsets.
 *
 * @throws RangeError unless 0 ≤ start < end ≤ text.length are integers and contextLength is
 * a non-negative integer. An empty range is refused: there are no words to attach a note to.
 */
export function describeRange(text: string, start: number, end: number, contextLength = 32): RangeSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Range offsets must be integers, got ${start}..${end}.`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Range ${start}..${end} is empty or outside a text of length ${text.length}.`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`Context length must be a non-negative integer, got ${contextLength}.`);
  }
  let prefixStart = Math.max(0, start - contextLength);
  let suffixEnd = Math.min(text.length, end + contextLength);
  // Never cut a surrogate pair in two at the outer edges: a lone half would not survive
  // a round trip through JSON exports and would never match again.
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  if (suffixEnd < text.length && suffixEnd > end && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
