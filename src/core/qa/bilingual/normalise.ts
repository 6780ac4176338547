/**
 * The comparison form of a segment's text for the bilingual checks: NFKC (full-width to
 * half-width), lower case, white space collapsed and trimmed. Also what counts as a segment
 * with nothing to translate (only numbers, punctuation, symbols and name-like tokens).
 */

export function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const NO_LETTERS = /^[^\p{L}]*$/u;
/** A name, code or acronym: capitalised or containing a digit or an upper-case letter after the first ("BBC", "iPhone", "COVID-19"). */
const NAME_LIKE = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|[\p{L}\p{M}]*[\d\p{Lu}][\p{L}\p{M}\d'’.-]*)$/u;

/**
 * True when a segment needs no translation for the identical-target check: no letters at all,
 * or at most four word tokens that all look like names, codes or acronyms ("BBC News", "Xi'an").
 */
export function isUntranslatable(text: string): boolean {
  const trimmed = text.trim();
  if (NO_LETTERS.test(trimmed)) return true;
  const words = trimmed
    .split(/\s+/u)
    .map((word) => word.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word));
  return words.length <= 4 && words.every((word) => NAME_LIKE.test(word));
}
