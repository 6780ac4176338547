import { charLength, codePointAt, isInlineSpace, isWordChar } from '../../../text/chars';
import { FNV_OFFSET } from '../../../text/hash';
import { startsSentence } from './sentence-start';
import { type HashedWords, WordFilter, fnvStep } from './word-filter';

/**
 * The words of the text with what the name checks need to know about each:
 * case, whether it starts a sentence, whether it follows the previous word
 * across plain spaces (so the two can form a name), whether its line is a
 * title-case headline.
 *
 * Stored column-wise in typed arrays, and a word's string is made only when
 * asked for: a 200k-word article has 200k words but only a few thousand that
 * the checks ever read as strings. One hand-written pass over the code points
 * builds it, with core/text's word characters (a character outside the BMP,
 * 𠀀 or 𝐀, is a letter here as everywhere else).
 */

const CAPITALISED = 1;
const ALL_CAPS = 2;
const POSSESSIVE = 4;
const SENTENCE_INITIAL = 8;
const JOINED = 16;
const HEADLINE = 32;
const PLAIN_LOWER = 64;
const HAS_DIGIT = 128;

const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const NEWLINE = 10;

export class WordTable implements HashedWords {
  readonly count: number;
  /** Offsets of each word; end excludes a possessive ’s. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** WordFilter slot of the lower-cased word, computed during the scan; −1 beyond ASCII. */
  readonly hash: Int32Array;
  private readonly flags: Uint8Array;
  private readonly lowers: (string | undefined)[] = [];

  constructor(readonly source: string) {
    const text = source;
    const capacity = Math.ceil(text.length / 2) + 1;
    const start = new Int32Array(capacity);
    const end = new Int32Array(capacity);
    const flags = new Uint8Array(capacity);
    const hashes = new Int32Array(capacity);
    let count = 0;
    let previousEnd = -1;
    let i = 0;
    while (i < text.length) {
      const point = codePointAt(text, i);
      if (!isWordChar(point)) {
        i += charLength(point);
        continue;
      }
      const wordStart = i;
      let plainLower = true;
      let hasDigit = false;
      let firstNonAscii = -1;
      // The hash of the word so far, and as it was two characters ago (to drop a possessive ’s).
      let hash = FNV_OFFSET;
      let hash1 = hash;
      let hash2 = hash;
      for (;;) {
        while (i < text.length) {
          const code = codePointAt(text, i);
          if (!isWordChar(code)) break;
          if (code > 127) {
            plainLower = false;
            if (firstNonAscii < 0) firstNonAscii = i;
          } else if (code >= 65 && code <= 90) plainLower = false;
          else if (code >= 48 && code <= 57) hasDigit = true;
          hash2 = hash1;
          hash1 = hash;
          hash = fnvStep(hash, code);
          i += charLength(code);
        }
        const joiner = text.charCodeAt(i);
        const next = codePointAt(text, i + 1);
        if ((joiner === HYPHEN || joiner === APOSTROPHE || joiner === RIGHT_SINGLE_QUOTE) && isWordChar(next)) {
          if (joiner > 127 && firstNonAscii < 0) firstNonAscii = i;
          if (next > 127 && firstNonAscii < 0) firstNonAscii = i + 1;
          hash2 = hash;
          hash1 = fnvStep(hash, joiner);
          hash = fnvStep(hash1, next);
          i += 1 + charLength(next);
          continue;
        }
        break;
      }
      let wordEnd = i;
      const quote = text.charCodeAt(wordEnd - 2);
      const last = text.charCodeAt(wordEnd - 1);
      const possessive = wordEnd - wordStart > 2 && (quote === APOSTROPHE || quote === RIGHT_SINGLE_QUOTE) && (last === 115 || last === 83);
      if (possessive) wordEnd -= 2;

      let flag = (possessive ? POSSESSIVE : 0) | (plainLower ? PLAIN_LOWER : 0) | (hasDigit ? HAS_DIGIT : 0);
      if (!plainLower) {
        const first = String.fromCodePoint(codePointAt(text, wordStart));
        if (first !== first.toLowerCase() && first === first.toUpperCase()) {
          flag |= CAPITALISED;
          const word = text.slice(wordStart, wordEnd);
          if (word.length > 1 && word === word.toUpperCase()) flag |= ALL_CAPS;
          if (startsSentence(text, wordStart)) flag |= SENTENCE_INITIAL;
        }
      }
      if (previousEnd >= 0) {
        const gap = wordStart - previousEnd;
        let joined = gap >= 1 && gap <= 3;
        for (let g = previousEnd; joined && g < wordStart; g += 1) joined = isInlineSpace(text.charCodeAt(g));
        if (joined) flag |= JOINED;
      }
      start[count] = wordStart;
      end[count] = wordEnd;
      flags[count] = flag;
      hashes[count] = firstNonAscii < 0 || firstNonAscii >= wordEnd ? WordFilter.slot(possessive ? hash2 : hash) : -1;
      count += 1;
      previousEnd = i;
    }
    this.count = count;
    this.start = start;
    this.end = end;
    this.hash = hashes;
    this.flags = flags;
    this.markHeadlines();
  }

  /** The word as written (without a possessive ’s). */
  word(i: number): string {
    return this.source.slice(this.start[i]!, this.end[i]!);
  }

  lower(i: number): string {
    const plain = (this.flags[i]! & PLAIN_LOWER) !== 0;
    if (plain) return this.word(i);
    let lower = this.lowers[i];
    if (lower === undefined) {
      lower = this.word(i).toLowerCase();
      this.lowers[i] = lower;
    }
    return lower;
  }

  length(i: number): number {
    return this.end[i]! - this.start[i]!;
  }

  isCapitalised(i: number): boolean {
    return (this.flags[i]! & CAPITALISED) !== 0;
  }

  isAllCaps(i: number): boolean {
    return (this.flags[i]! & ALL_CAPS) !== 0;
  }

  /** "G20", "Covid19": codes and numbers, never a misspelled name. */
  hasDigit(i: number): boolean {
    return (this.flags[i]! & HAS_DIGIT) !== 0;
  }

  isPossessive(i: number): boolean {
    return (this.flags[i]! & POSSESSIVE) !== 0;
  }

  /** Known for capitalised words only (the only ones where it matters); use startsSentence for others. */
  isSentenceInitial(i: number): boolean {
    return (this.flags[i]! & SENTENCE_INITIAL) !== 0;
  }

  /** Only one to three spaces (no newline or punctuation) since the previous word, or its ’s. */
  isJoinedToPrevious(i: number): boolean {
    return (this.flags[i]! & JOINED) !== 0;
  }

  /** On a line most of whose words are capitalised: a headline, where capitals mean nothing. */
  isInHeadline(i: number): boolean {
    return (this.flags[i]! & HEADLINE) !== 0;
  }

  /** The words [from, to) joined by single spaces, as written or in lower case. */
  phrase(from: number, to: number, lower: boolean): string {
    let out = lower ? this.lower(from) : this.word(from);
    for (let k = from + 1; k < to; k += 1) out += ` ${lower ? this.lower(k) : this.word(k)}`;
    return out;
  }

  /** Lines of three or more words of which at least 70% of the longer ones are capitalised. */
  private markHeadlines(): void {
    let lineStart = 0;
    while (lineStart < this.count) {
      let lineEnd = lineStart + 1;
      while (lineEnd < this.count && !this.newlineBetween(this.end[lineEnd - 1]!, this.start[lineEnd]!)) lineEnd += 1;
      let words = 0;
      let capitalised = 0;
      for (let k = lineStart; k < lineEnd; k += 1) {
        if (this.length(k) < 4) continue;
        words += 1;
        if (this.isCapitalised(k)) capitalised += 1;
      }
      if (words >= 3 && capitalised / words >= 0.7) for (let k = lineStart; k < lineEnd; k += 1) this.flags[k]! |= HEADLINE;
      lineStart = lineEnd;
    }
  }

  private newlineBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k += 1) if (this.source.charCodeAt(k) === NEWLINE) return true;
    return false;
  }
}
