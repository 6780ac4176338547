/**
 * The layout of a memoQ CSV export's header: which columns are entry fields, and per language
 * its definition column and its term columns with their Term_* columns; and which two of the
 * file's languages are the glossary's.
 */
import { GlossaryFormatError } from '../types';
import type { LanguageHint } from './columns';
import { headerWords, hintLanguage, isKnownLanguage, languageOf } from './languages';

interface MemoQTerm {
  column: number;
  /** Term_Info: matching, case and other flags; read here only for a forbidden marker. */
  info?: number;
  /** Term_Example → context. */
  example?: number;
  /** Term_Note, Term_Usage → note. */
  notes: number[];
  /** Term_Forbidden (not written by memoQ itself; accepted from hand-made files). */
  forbidden?: number;
}

export interface MemoQLanguage {
  code: string;
  /** The header as written, for notes ("Other English terms: …"). */
  label: string;
  definition?: number;
  terms: MemoQTerm[];
}

export interface MemoQLayout {
  entry: Partial<Record<'subject' | 'domain' | 'created' | 'creator' | 'modified' | 'note', number>>;
  languages: MemoQLanguage[];
}

const MEMOQ_ENTRY_FIELDS: ReadonlyMap<string, keyof MemoQLayout['entry']> = new Map([
  ['subject', 'subject'],
  ['domain', 'domain'],
  ['created', 'created'],
  ['creator', 'creator'],
  ['lastmodified', 'modified'],
  ['note', 'note'],
]);

export function memoQLayout(header: readonly string[]): MemoQLayout {
  const layout: MemoQLayout = { entry: {}, languages: [] };
  const language = (name: string): MemoQLanguage => {
    const code = languageOf(name) ?? headerWords(name);
    let found = layout.languages.find((candidate) => candidate.code === code);
    if (found === undefined) {
      found = { code, label: name.replace(/_/g, ' ').trim(), terms: [] };
      layout.languages.push(found);
    }
    return found;
  };
  let lastTerm: MemoQTerm | undefined;
  header.forEach((name, column) => {
    const entry = /^Entry_(\w+)$/i.exec(name);
    if (entry) {
      const field = MEMOQ_ENTRY_FIELDS.get((entry[1] ?? '').toLowerCase());
      if (field !== undefined) layout.entry[field] = column;
      return;
    }
    const term = /^Term_(\w+)$/i.exec(name);
    if (term) {
      const kind = (term[1] ?? '').toLowerCase();
      if (lastTerm === undefined) return;
      if (kind === 'info') lastTerm.info = column;
      else if (kind === 'example') lastTerm.example = column;
      else if (kind === 'note' || kind === 'usage') lastTerm.notes.push(column);
      else if (kind === 'forbidden') lastTerm.forbidden = column;
      return;
    }
    const definition = /^(.+)_Def$/i.exec(name);
    if (definition) {
      language(definition[1] ?? '').definition = column;
      return;
    }
    if (name.trim() === '') return;
    lastTerm = { column, notes: [] };
    language(name).terms.push(lastTerm);
  });
  return layout;
}

/** Pick the glossary's two languages among the file's; with exactly two, an unmatched one is the other. */
export function memoQLanguages(layout: MemoQLayout, fileName: string, langs: LanguageHint): [MemoQLanguage, MemoQLanguage] {
  const sourceCode = hintLanguage(langs.sourceLang, 'zh');
  const targetCode = hintLanguage(langs.targetLang, 'en');
  const all = layout.languages;
  let source = all.find((language) => language.code === sourceCode);
  let target = all.find((language) => language.code === targetCode && language !== source);
  // A column whose name Glossa does not know as a language ("Chinese_Mainland_Hakka"?) may
  // still be the other language of a two-language export; a known other language is not.
  const unknown = (language: MemoQLanguage) => !isKnownLanguage(language.code);
  if (all.length === 2) {
    source ??= all.find((language) => language !== target && unknown(language));
    target ??= all.find((language) => language !== source && unknown(language));
  }
  if (source === undefined || target === undefined) {
    const names = all.map((language) => language.label).join(', ') || 'none';
    throw new GlossaryFormatError(fileName, `it has no term columns for the glossary's languages (${sourceCode} → ${targetCode}); its languages are: ${names}.`);
  }
  return [source, target];
}
