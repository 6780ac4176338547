/**
 * Word boundaries, two ways (ADR 0015). By code point with the classes of chars.ts: a word is a
 * run of letters, marks and digits, which is what the term matcher and the QA scanners need in
 * their hot loops (no object per word; a surrogate pair is one character). By dictionary with
 * Intl.Segmenter: the only way to find the words of a script written without spaces (Chinese,
 * Japanese, Thai), used by the word count for Thai, Lao, Khmer and Myanmar, and for any caller
 * that needs real words of such text.
 */
import { charFlags, charLength, codePointAt, codePointBefore, WORD } from './chars';

/** Is a word character (by code point) at index? */
export function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && (charFlags(codePointAt(text, index)) & WORD) !== 0;
}

/** Does a word character (by code point) end just before index? */
export function isWordBefore(text: string, index: number): boolean {
  const point = codePointBefore(text, index);
  return point >= 0 && (charFlags(point) & WORD) !== 0;
}

/** The end of the run of word characters that starts at index (index itself when there is none). */
export function wordRunEnd(text: string, index: number): number {
  let i = index;
  while (i < text.length) {
    const point = codePointAt(text, i);
    if ((charFlags(point) & WORD) === 0) break;
    i += charLength(point);
  }
  return i;
}

/** ASCII case-insensitive comparison of two ranges of the text; falls back to toLowerCase beyond ASCII. */
export function sameIgnoringCase(text: string, aStart: number, bStart: number, length: number): boolean {
  for (let k = 0; k < length; k += 1) {
    let a = text.charCodeAt(aStart + k);
    let b = text.charCodeAt(bStart + k);
    if (a === b) continue;
    if (a > 127 || b > 127) {
      return text.slice(aStart, aStart + length).toLowerCase() === text.slice(bStart, bStart + length).toLowerCase();
    }
    if (a >= 65 && a <= 90) a += 32;
    if (b >= 65 && b <= 90) b += 32;
    if (a !== b) return false;
  }
  return true;
}

export interface WordSegment {
  /** UTF-16 offsets into the text, [start, end); segments cover the text without gaps. */
  start: number;
  end: number;
  /** A word (letters, digits, ideographs), not spaces, punctuation or emoji. */
  isWordLike: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** One Intl.Segmenter per locale and granularity: making one costs more than segmenting a sentence. */
export function cachedSegmenter(locale: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity}:${locale}`;
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

function segmenterFor(locale: string): Intl.Segmenter {
  return cachedSegmenter(locale, 'word');
}

/**
 * The text cut into words and what lies between them, by the Unicode word-break rules (UAX #29)
 * and ICU's dictionaries for Chinese, Japanese, Thai, Lao, Khmer and Myanmar. The locale (BCP 47)
 * chooses language-specific rules where ICU has them; the dictionaries apply to any locale.
 *
 * Line by line: no word spans a line feed, and V8's segmenter over one long text is far slower
 * than over its lines (20 s against 0.5 s for WMT21's 100k-character Chinese source; ADR 0015).
 */
export function segmentWords(text: string, locale = 'und'): WordSegment[] {
  const segmenter = segmenterFor(locale);
  const segments: WordSegment[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    const feed = text.indexOf('\n', lineStart);
    const lineEnd = feed < 0 ? text.length : feed;
    for (const { segment, index, isWordLike } of segmenter.segment(text.slice(lineStart, lineEnd))) {
      segments.push({ start: lineStart + index, end: lineStart + index + segment.length, isWordLike: isWordLike === true });
    }
    if (feed < 0) break;
    segments.push({ start: feed, end: feed + 1, isWordLike: false });
    lineStart = feed + 1;
  }
  return segments;
}
