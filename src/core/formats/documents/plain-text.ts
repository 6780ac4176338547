import { baseName } from './document-format';

/**
 * One paragraph per non-blank line. Trailing whitespace goes (it is invisible and would
 * only confuse annotation offsets); leading whitespace stays, because it is part of what
 * the author wrote.
 */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimEnd();
    if (trimmed.trim() !== '') paragraphs.push(trimmed);
  }
  return paragraphs;
}

/** Character classes for counting. 0 means "not classified yet" in the cache below. */
const CJK = 1; // Han, kana: each character is a word, as CAT tools count them.
const WORD = 2; // A letter, digit or combining mark of any other script.
const JOINER = 3; // Joins two parts into one word: "don't", "high-quality", "3.5", "2,000".
const OTHER = 4;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = new Set(["'", '’', '.', ',', '-', '\u2010', '\u2011']);

function classifyUncached(char: string): number {
  if (CJK_CHAR.test(char)) return CJK;
  if (WORD_CHAR.test(char)) return WORD;
  return JOINERS.has(char) ? JOINER : OTHER;
}

/** Classes of BMP characters, filled on first sight: a Unicode property test per character is slow. */
const bmpClasses = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  if (codePoint > 0xffff) return classifyUncached(String.fromCodePoint(codePoint));
  let charClass = bmpClasses[codePoint] ?? 0;
  if (charClass === 0) {
    charClass = classifyUncached(String.fromCharCode(codePoint));
    bmpClasses[codePoint] = charClass;
  }
  return charClass;
}

/**
 * Words as a translator's invoice counts them (Trados, memoQ): Latin-script words, with
 * apostrophes, hyphens and decimal marks inside a word keeping it whole, and each CJK
 * character as one word. A hand-written scan rather than a regex: V8 runs out of stack
 * matching a regex over one very long "word" (a pasted base64 blob, a 20 MB line).
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  let afterJoiner = false;
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) ?? 0;
    index += codePoint > 0xffff ? 2 : 1;
    const charClass = classify(codePoint);
    if (charClass === WORD) {
      // A word part right after a joiner continues the word ("high-quality" is one word).
      if (!inWord) count += 1;
      inWord = true;
      afterJoiner = false;
    } else if (charClass === JOINER && inWord && !afterJoiner) {
      afterJoiner = true;
    } else {
      if (charClass === CJK) count += 1;
      inWord = false;
      afterJoiner = false;
    }
  }
  return count;
}

/** Longest title we derive from text; longer ones are cut at a word boundary. */
export const MAX_DERIVED_TITLE_LENGTH = 80;
export const UNTITLED = 'Untitled';

/** Collapse whitespace and cut to about `max` characters, at a space when there is one near. */
export function tidyTitle(raw: string, max = MAX_DERIVED_TITLE_LENGTH): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  const chars = Array.from(title);
  if (chars.length <= max) return title;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  // A space in the last third keeps whole words; otherwise (CJK, one long word) cut hard.
  const kept = space > (max * 2) / 3 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** "report.en", "article_zh-CN": a language tag before the extension, common for translations. */
const LANGUAGE_SUFFIX = /\.[a-z]{2}(?:[-_][A-Za-z]{2,4})?$/;

function titleFromFileName(fileName: string): string {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  let stem = dot > 0 ? name.slice(0, dot) : name;
  if (!/\s/.test(stem)) {
    // A slug such as "zhejiang-executive-meeting.en": drop the language tag, turn separators into spaces.
    stem = stem.replace(LANGUAGE_SUFFIX, '');
    // Hyphens only in an all-lower-case slug: "Jean-Luc" and "COVID-19" keep theirs.
    if (stem === stem.toLowerCase() && /[a-z]/.test(stem)) stem = stem.replace(/-+/g, ' ');
  }
  return tidyTitle(stem.replace(/_+/g, ' '));
}

/**
 * A title for a new article: from the file name when there is one, else (clipboard) from
 * the first line of the text.
 */
export function deriveTitle(fileName: string | null, text: string): string {
  const title = fileName === null ? tidyTitle(splitParagraphs(text)[0] ?? '') : titleFromFileName(fileName);
  return title === '' ? UNTITLED : title;
}
