/**
 * Character classes, by code point: the one place that says what a word character, a space or a
 * line break is, for the term matcher, the QA checks and the word count (ADR 0015). Every caller
 * walks text by code point (codePointAt, charLength), so a character outside the BMP (𠀀, 𝐀) is
 * classified as itself, never as two surrogate halves; a lone surrogate is a character of its own
 * that belongs to no class.
 *
 * The classes are Unicode properties (regex property escapes), decided once per code point and
 * remembered: BMP code points in a typed array, others in a map. ASCII is filled in up front.
 */

/** Letter, combining mark or digit (\p{L}, \p{M}, \p{N}): what words are made of. */
export const WORD = 1;
/** White space as JavaScript's \s knows it (line breaks included, U+0085 not). */
export const SPACE = 2;
/** Line feed, vertical tab, form feed, carriage return, next line, line and paragraph separators. */
export const LINE_BREAK = 4;
/** Zero-width space and word joiner, which scraped pages leave between words: invisible, not \s. */
export const ZERO_WIDTH_SPACE = 8;
/** Han, Hiragana, Katakana and the prolonged sound mark ー: each character is a word to a CAT tool's count. */
export const CJK = 16;
/** Thai, Lao, Khmer, Myanmar: written without spaces between words, so only a dictionary (Intl.Segmenter) finds them. */
export const SPACELESS = 32;

/** Set on every remembered entry, so 0 means "not classified yet". */
const KNOWN = 128;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]$/u;
const SPACELESS_CHAR = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;

function classify(codePoint: number): number {
  // A lone surrogate is no character of any class (and String.fromCodePoint would make a pair of nothing).
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return KNOWN;
  const char = String.fromCodePoint(codePoint);
  let flags = KNOWN;
  if (WORD_CHAR.test(char)) flags |= WORD;
  else if (SPACE_CHAR.test(char)) flags |= SPACE;
  // By script, letter or not (CJK radicals, kana voicing marks, Thai ฯ): a count decides by script first.
  if (CJK_CHAR.test(char)) flags |= CJK;
  else if (SPACELESS_CHAR.test(char)) flags |= SPACELESS;
  if ((codePoint >= 10 && codePoint <= 13) || codePoint === 0x85 || codePoint === 0x2028 || codePoint === 0x2029) flags |= LINE_BREAK;
  if (codePoint === 0x200b || codePoint === 0x2060) flags |= ZERO_WIDTH_SPACE;
  return flags;
}

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();
for (let code = 0; code < 128; code += 1) bmp[code] = classify(code);

/** The class flags of a code point (WORD, SPACE, LINE_BREAK, ZERO_WIDTH_SPACE, CJK, SPACELESS), as a bit set; none for -1 (outside the text). */
export function charFlags(codePoint: number): number {
  if (codePoint < 0) return 0;
  if (codePoint < 0x10000) {
    let known = bmp[codePoint]!;
    if (known === 0) {
      known = classify(codePoint);
      bmp[codePoint] = known;
    }
    return known;
  }
  let known = astral.get(codePoint);
  if (known === undefined) {
    known = classify(codePoint);
    astral.set(codePoint, known);
  }
  return known;
}

export function isWordChar(codePoint: number): boolean {
  return (charFlags(codePoint) & WORD) !== 0;
}

export function isSpaceChar(codePoint: number): boolean {
  return (charFlags(codePoint) & SPACE) !== 0;
}

/** Space, tab or no-break space: the spaces that may sit between two words of one line. */
export function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** The code point at index: a surrogate pair read as one, a lone surrogate as itself; -1 outside the text. */
export function codePointAt(text: string, index: number): number {
  return text.codePointAt(index) ?? -1;
}

/** The code point that ends just before index (a pair read as one); -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0 || index > text.length) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** UTF-16 code units of a code point: 2 outside the BMP, else 1. */
export function charLength(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}
