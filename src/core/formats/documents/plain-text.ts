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

/** Words as a translator's invoice counts them: one rule for every count, in core/text (ADR 0015). */
export { countWords } from '../../text/word-count';

/** Longest title we derive from text; longer ones are cut at a word boundary. */
const MAX_DERIVED_TITLE_LENGTH = 80;
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

/** A title made from a file name: no folder, no extension, no language suffix on a slug. */
export function titleFromFileName(fileName: string): string {
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
