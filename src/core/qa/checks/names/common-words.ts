import type { WordTable } from './tokens';
import { WordFilter } from './word-filter';

/**
 * Words that are capitalised only because they start a sentence. The check also
 * learns such words from the text itself (any word seen in lower case is
 * common); this list covers short texts where a word appears only once.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also although among an and another any are as at
  be because been before being below between both but by can could did do does during each
  either even every few for from further had has have having he her here hers him his how
  however i if in into is it its just last later many may meanwhile more most much must my
  never next no nor not now of off on once one only or other our out over own per since so
  some still such than that the their them then there therefore these they this those though
  through thus to today too under until up upon very was we were what when where whether
  which while who whom whose why will with within without would yesterday yet you your`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Words whose capitalised form is a different word (a month, a country, a name). */
export const CASE_HOMONYMS: ReadonlySet<string> = new Set(
  `may march august june will can mark bill rose grace hope china turkey polish reading nice
  bath sun mars earth moon lent art guy jack frank sue pat`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Different places (and clubs) whose names are an edit or two apart: never variants of each other. */
const DISTINCT_PAIRS: readonly (readonly [string, string])[] = [
  ['shanxi', 'shaanxi'],
  ['ireland', 'iceland'],
  ['colombia', 'columbia'],
  ['sweden', 'swedes'],
  ['austria', 'australia'],
  ['zhangzhou', 'zhengzhou'],
  ['atlanta', 'atalanta'],
];

export function areDistinctNames(a: string, b: string): boolean {
  return DISTINCT_PAIRS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/** A word is common when the built-in list has it or the text also writes it in lower case. */
export function commonWordTest(words: WordTable): (lower: string) => boolean {
  // Only the lower-case forms of capitalised words are ever asked about, and the list answers for its own.
  const asked = new Set<string>();
  for (let i = 0; i < words.count; i += 1) {
    if (!words.isCapitalised(i)) continue;
    const lower = words.lower(i);
    if (!COMMON_WORDS.has(lower)) asked.add(lower);
  }
  const filter = new WordFilter(asked);
  const seenLower = new Set<string>();
  for (let i = 0; i < words.count; i += 1) {
    if (words.isCapitalised(i) || !filter.mayContain(words, i)) continue;
    const word = words.word(i);
    if (word === words.lower(i) && asked.has(word)) seenLower.add(word);
  }
  return (lower) => COMMON_WORDS.has(lower) || seenLower.has(lower);
}
