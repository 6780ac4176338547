/**
 * The comparison key of a term: two spellings a translator would call "the same
 * term" get the same key. Used to find duplicate glossary entries and to compare
 * renderings, never shown to the user.
 *
 * NFC (after lower-casing, so the result is NFC too): a precomposed "é" and
 * "e" + combining accent agree. Curly quotes and the typographic dashes fold to
 * their ASCII forms because glossaries imported from Word, Excel and TBX files
 * mix them freely; whitespace (any run, line breaks included) becomes one space.
 */

/** Typographic apostrophes and single quotes (and the prime they are confused with). */
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
/** Typographic double quotes (and the double prime). */
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015]/g;
const WHITESPACE = /\s+/g;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The fold normaliseTerm applies to one character, by code point, for scanners
 * that read a character at a time: a typographic quote or dash becomes its
 * ASCII form; every other code point is left as it is.
 */
export function foldCodePoint(point: number): number {
  switch (point) {
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
      return 39; // '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
      return 34; // "
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
      return 45; // -
    default:
      return point;
  }
}

/**
 * NFC, lower case, curly quotes and apostrophes straight, every dash "-",
 * whitespace runs one space, trimmed. Total: any string, lone surrogates included.
 */
export function normaliseTerm(text: string): string {
  let out = text;
  // Most terms are ASCII: skip NFC and the folds for them (50,000 terms are normalised per glossary).
  if (NON_ASCII.test(out)) {
    out = out.toLowerCase().normalize('NFC').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
  } else {
    out = out.toLowerCase();
  }
  return out.replace(WHITESPACE, ' ').trim();
}
