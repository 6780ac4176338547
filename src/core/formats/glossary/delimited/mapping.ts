/**
 * Column mapping: suggestMapping's guess of what each header column holds, from Glossa's own
 * headers, header synonyms and language names, each field given to one column at most. The
 * import preview shows the guess; rowsFromTable applies the mapping the person accepted.
 */
import { GLOSSARY_COLUMNS } from './columns';
import type { ColumnField, LanguageHint } from './columns';
import { STRONG_SYNONYMS, WEAK_SYNONYMS } from './header-synonyms';
import { columnLanguage, headerWords, hintLanguage } from './languages';

const EXACT_HEADERS: ReadonlyMap<string, ColumnField> = new Map(GLOSSARY_COLUMNS.map(({ field, header }) => [header, field]));

interface Candidate {
  column: number;
  field: Exclude<ColumnField, 'ignore'>;
  score: number;
}

function candidatesFor(header: string, column: number, sourceLang: string, targetLang: string): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (field: Exclude<ColumnField, 'ignore'> | undefined, score: number) => {
    if (field !== undefined) candidates.push({ column, field, score });
  };
  const exact = EXACT_HEADERS.get(header.trim());
  if (exact !== undefined && exact !== 'ignore') add(exact, 5);
  const words = headerWords(header);
  add(STRONG_SYNONYMS.get(words), 4);
  // "Source term (zh-CN)", "Note [internal]": the words before the bracket.
  const beforeBracket = headerWords(header.split(/[([{]/)[0] ?? '');
  if (beforeBracket !== words) add(STRONG_SYNONYMS.get(beforeBracket), 3.5);
  // memoQ's language-level "English_Def".
  const definition = /^(.+?) def(?:inition)?$/.exec(words);
  if (definition?.[1] !== undefined && columnLanguage(definition[1]) !== null) add('definition', 2);
  const language = columnLanguage(header);
  if (language !== null) {
    if (language === sourceLang) add('source', 3);
    if (language === targetLang) add('target', 3);
  }
  add(WEAK_SYNONYMS.get(words), 1);
  if (beforeBracket !== words) add(WEAK_SYNONYMS.get(beforeBracket), 1);
  return candidates;
}

/**
 * A field for each column of the header, best guess first: Glossa's own headers exactly, then
 * common names in English and Chinese case-insensitively, then language names and codes
 * ("Chinese", "zh-CN", "English", "eng-US") against the glossary's languages (default zh → en),
 * then loose names ("Term", "Translation"). Each field except 'ignore' is given to one column
 * at most: the strongest claim wins, and the leftmost column on a tie.
 */
export function suggestMapping(header: readonly string[], langs: LanguageHint = {}): ColumnField[] {
  const sourceLang = hintLanguage(langs.sourceLang, 'zh');
  const targetLang = hintLanguage(langs.targetLang, 'en');
  const candidates = header.flatMap((name, column) => candidatesFor(name, column, sourceLang, targetLang));
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnField[] = header.map(() => 'ignore');
  const used = new Set<ColumnField>();
  const assigned = new Set<number>();
  for (const { column, field } of candidates) {
    if (assigned.has(column) || used.has(field)) continue;
    mapping[column] = field;
    assigned.add(column);
    used.add(field);
  }
  return mapping;
}
