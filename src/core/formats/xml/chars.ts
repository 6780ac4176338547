/**
 * The characters of XML 1.0 (Fifth Edition): which the grammar allows at all, which may start
 * or continue a Name, and what counts as whitespace. Shared by the parser and the writer.
 */

/**
 * Characters XML 1.0 forbids anywhere, even as references. A text is scanned once with a plain
 * character class that also catches every surrogate, and only when it holds a surrogate (CJK
 * beyond the BMP, emoji) again with \p{Cs}, which in u-mode matches only unpaired ones and is
 * five times slower.
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
export const MAYBE_INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
const INVALID_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/u;
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
export const INVALID_CHARACTERS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/gu;

/** The first character of `text` XML does not allow, with its index, or null. */
export function findInvalidCharacter(text: string): RegExpExecArray | null {
  const suspect = MAYBE_INVALID.exec(text);
  if (!suspect) return null;
  return isSurrogate(suspect[0].charCodeAt(0)) ? INVALID_CHARACTER.exec(text) : suspect;
}

/** The end of the XML Name that starts at `start` (`start` itself when there is none). */
export function scanName(text: string, start: number): number {
  let at = start;
  const length = text.length;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (!(at === start ? isNameStart(code) : isNameStart(code) || isNameRest(code))) break;
    at += 1;
  }
  return at;
}

/** NameStartChar, by UTF-16 code unit (a text with unpaired surrogates is refused before names are read). */
function isNameStart(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58;
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x37d) ||
    (code >= 0x37f && code <= 0x1fff) ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xdb7f) || // up to the high surrogates of planes 1–14 (#x10000-#xEFFFF)
    (code >= 0xdc00 && code <= 0xdfff) || // their low surrogates (unpaired ones were refused up front)
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd)
  );
}

function isNameRest(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 45 || code === 46 || code === 0xb7 || (code >= 0x300 && code <= 0x36f) || code === 0x203f || code === 0x2040;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** Char in the XML 1.0 grammar, by code point. */
export function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

export function isXmlWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x9 || code === 0xa || code === 0xd;
}

export function isWhitespaceBetween(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) if (!isXmlWhitespace(text.charCodeAt(at))) return false;
  return true;
}

export function skipWhitespace(text: string, start: number): number {
  let at = start;
  for (let code = text.charCodeAt(at); code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d; code = text.charCodeAt(at)) at += 1;
  return at;
}
