/**
 * The languages of a glossary file against those of the glossary it is imported into: a
 * file of other languages must not be read as if it were in the glossary's pair (an en-es
 * TBX in a zh-en glossary gave English "MT renderings" with no source term).
 */
import type { FileLanguage } from './types';

/** "en" matches "en", "EN" and "en-GB"; "en-GB" matches "en" too, but not "en-US". */
export function sameLanguage(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}

/**
 * The glossary's languages the file has no terms in (source first). Empty when the file's
 * languages are unknown (a table, whose columns the translator maps) or cover the pair.
 */
export function missingLanguages(languages: readonly FileLanguage[] | undefined, pair: { sourceLang: string; targetLang: string }): string[] {
  if (!languages) return [];
  return [pair.sourceLang, pair.targetLang].filter((lang) => !languages.some((language) => sameLanguage(language.lang, lang)));
}

/** The file's language that stands for `lang` (the same tag or a related one), if any. */
export function fileLanguageFor(languages: readonly FileLanguage[], lang: string): string | undefined {
  return (languages.find((language) => language.lang.toLowerCase() === lang.toLowerCase()) ?? languages.find((language) => sameLanguage(language.lang, lang)))?.lang;
}
