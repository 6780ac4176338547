/**
 * The matcher's scanner: a text (or a pattern) read once into tokens, as offsets and vocabulary
 * ids in typed arrays, with core/text's character classes by code point. Also the apostrophe rule
 * for where a word token may start or end in the text ("Xi" is not in "Xi’an"; "’s" may follow).
 */
import { charFlags, charLength, LINE_BREAK, SPACE, WORD, ZERO_WIDTH_SPACE } from '../text/chars';
import { isWordAt, isWordBefore } from '../text/words';
import { FNV_OFFSET } from '../text/hash';
import { hashStep } from './table-hash';
import { nonAsciiWordKey, type Vocabulary } from './vocabulary';

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018;
}

/** A word token may not start right after "word’", nor end right before "’word" unless that word is a possessive "s". */
export function startsInsideWord(text: string, start: number): boolean {
  return start >= 2 && isApostrophe(text.charCodeAt(start - 1)) && isWordBefore(text, start - 1);
}

export function endsInsideWord(text: string, end: number): boolean {
  if (end >= text.length || !isApostrophe(text.charCodeAt(end)) || !isWordAt(text, end + 1)) return false;
  const after = text.charCodeAt(end + 1);
  return !((after === 115 || after === 83) && !isWordAt(text, end + 2));
}

// Token flags.
export const IS_WORD = 1;
/** A line break lies between this token and the one before it. */
export const AFTER_BREAK = 2;

/** Tokens as offsets and vocabulary ids (-1: in no pattern), reused from text to text. */
export class TokenBuffer {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  ids = new Int32Array(64);
  flags = new Uint8Array(64);
  count = 0;

  push(start: number, end: number, id: number, flags: number): void {
    if (this.count === this.ids.length) this.grow();
    const at = this.count;
    this.starts[at] = start;
    this.ends[at] = end;
    this.ids[at] = id;
    this.flags[at] = flags;
    this.count = at + 1;
  }

  private grow(): void {
    const capacity = this.ids.length * 2;
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.ends = ends;
    const ids = new Int32Array(capacity);
    ids.set(this.ids);
    this.ids = ids;
    const flags = new Uint8Array(capacity);
    flags.set(this.flags);
    this.flags = flags;
  }
}

/**
 * Reads a text's tokens into the buffer, with their vocabulary ids; interning
 * adds unknown tokens to the vocabulary (patterns are read so, texts are not).
 * Patterns and texts go through this one scanner, so they cannot disagree on
 * what a token is.
 */
export function scan(text: string, vocabulary: Vocabulary, intern: boolean, out: TokenBuffer): void {
  out.count = 0;
  const length = text.length;
  let breakBefore = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const start = i;
    const point = code < 0xd800 ? code : text.codePointAt(i)!;
    const flags = charFlags(point);
    i += charLength(point);
    if ((flags & LINE_BREAK) !== 0) {
      breakBefore = AFTER_BREAK;
      continue;
    }
    // Zero-width space and word joiner, which scraped pages leave between words, separate like a space.
    if ((flags & (SPACE | ZERO_WIDTH_SPACE)) !== 0) continue;
    const word = (flags & WORD) !== 0;
    let id: number;
    if (word) {
      let ascii = code < 128;
      let hash = hashStep(FNV_OFFSET, code);
      while (i < length) {
        const next = text.charCodeAt(i);
        if (next < 128) {
          if ((charFlags(next) & WORD) === 0) break;
          hash = hashStep(hash, next);
          i += 1;
        } else {
          const nextPoint = next < 0xd800 ? next : text.codePointAt(i)!;
          if ((charFlags(nextPoint) & WORD) === 0) break;
          ascii = false;
          i += charLength(nextPoint);
        }
      }
      id = ascii ? vocabulary.ascii(text, start, i, hash, intern) : vocabulary.other(nonAsciiWordKey(text, start, i), intern);
    } else {
      id = vocabulary.symbol(point, intern);
    }
    out.push(start, i, id, (word ? IS_WORD : 0) | breakBefore);
    breakBefore = 0;
  }
}
