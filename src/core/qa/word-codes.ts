/**
 * Character classes by code, for the hand-written scanners of the checks that
 * walk every word of a long article (a regex match object per word costs more
 * than the check itself). ASCII is decided inline; other code units are looked
 * up once and remembered.
 */

const UNICODE_WORD = /[\p{L}\p{M}\p{N}]/u;
const UNICODE_SPACE = /\s/u;
const wordCache = new Map<number, boolean>();
const spaceCache = new Map<number, boolean>();

/** Letter, combining mark or digit. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = wordCache.get(code);
  if (known === undefined) {
    known = UNICODE_WORD.test(String.fromCharCode(code));
    wordCache.set(code, known);
  }
  return known;
}

export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  let known = spaceCache.get(code);
  if (known === undefined) {
    known = UNICODE_SPACE.test(String.fromCharCode(code));
    spaceCache.set(code, known);
  }
  return known;
}

/** Space, tab or no-break space: the spaces that may sit between two words of one line. */
export function isInlineSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** ASCII case-insensitive comparison of two ranges of the text; falls back to toLowerCase beyond ASCII. */
export function sameWordIgnoringCase(text: string, aStart: number, bStart: number, length: number): boolean {
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
