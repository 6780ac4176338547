/**
 * The word count a translator's invoice uses (Trados, memoQ), stored with each document and behind
 * the MQM score per 1000 words. Latin-script (and other spaced) words by code point, with
 * apostrophes, hyphens and decimal marks inside a word keeping it whole; each CJK character as one
 * word, as CAT tools count Chinese and Japanese; Thai, Lao, Khmer and Myanmar, written without
 * spaces, by Intl.Segmenter's dictionary words (ADR 0015).
 */
import { charFlags, charLength, CJK, SPACELESS, WORD } from './chars';
import { segmentWords } from './words';

/** Join two parts into one word: "don't", "high-quality", "3.5", "2,000". */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 44 || code === 45 || code === 0x2010 || code === 0x2011;
}

/** The dictionary words of a run of a spaceless script. */
function countSpacelessRun(run: string): number {
  let count = 0;
  for (const segment of segmentWords(run)) if (segment.isWordLike) count += 1;
  return count;
}

/**
 * A hand-written scan rather than a regex: V8 runs out of stack matching a regex over one very long
 * "word" (a pasted base64 blob, a 20 MB line).
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  let afterJoiner = false;
  for (let index = 0; index < text.length; ) {
    // charCodeAt, and codePointAt only at a high surrogate: the count runs over every segment of a document at each check run.
    const unit = text.charCodeAt(index);
    const codePoint = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(index) ?? unit) : unit;
    const start = index;
    index += codePoint > 0xffff ? 2 : 1;
    const flags = charFlags(codePoint);
    if ((flags & CJK) !== 0) {
      count += 1;
      inWord = false;
      afterJoiner = false;
    } else if ((flags & SPACELESS) !== 0) {
      // The whole run at once: its word boundaries need a dictionary, not character classes.
      while (index < text.length) {
        const next = text.codePointAt(index) ?? 0;
        if ((charFlags(next) & SPACELESS) === 0) break;
        index += charLength(next);
      }
      count += countSpacelessRun(text.slice(start, index));
      inWord = false;
      afterJoiner = false;
    } else if ((flags & WORD) !== 0) {
      // A word part right after a joiner continues the word ("high-quality" is one word).
      if (!inWord) count += 1;
      inWord = true;
      afterJoiner = false;
    } else if (inWord && !afterJoiner && isJoiner(codePoint)) {
      afterJoiner = true;
    } else {
      inWord = false;
      afterJoiner = false;
    }
  }
  return count;
}
