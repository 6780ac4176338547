/**
 * Term keys: a term cut into the tokens the matcher compares, as strings. A token is a run of word
 * characters (core/text's letters, marks and digits, by code point) or any other single non-space
 * character; a word's key is its lower case (NFC), a symbol's is folded as normaliseTerm folds it.
 * The matcher's own scanner (token-scan.ts) cuts texts the same way without making strings.
 */
import { charFlags, charLength, LINE_BREAK, SPACE, WORD, ZERO_WIDTH_SPACE } from '../text/chars';
import { foldCodePoint, normaliseTerm } from './normalise';

/**
 * The keys of a term's tokens. Keys are what the matcher compares: a word
 * lower-cased (and NFC), a symbol folded as normaliseTerm folds it.
 */
export function termTokens(term: string): string[] {
  const text = normaliseTerm(term);
  const keys: string[] = [];
  let i = 0;
  while (i < text.length) {
    const point = text.codePointAt(i)!;
    const flags = charFlags(point);
    const start = i;
    i += charLength(point);
    if ((flags & (SPACE | LINE_BREAK | ZERO_WIDTH_SPACE)) !== 0) continue;
    let ascii = point < 128;
    if ((flags & WORD) !== 0) {
      while (i < text.length) {
        const next = text.codePointAt(i)!;
        if ((charFlags(next) & WORD) === 0) break;
        if (next >= 128) ascii = false;
        i += charLength(next);
      }
      const raw = text.slice(start, i);
      keys.push(ascii ? raw : raw.toLowerCase().normalize('NFC'));
    } else {
      keys.push(String.fromCodePoint(foldCodePoint(point)));
    }
  }
  return keys;
}

/** Two terms with the same key are the same phrase to the matcher (which also ignores spacing around symbols). */
export function termKey(term: string): string {
  return termTokens(term).join(' ');
}
