import { makeFinding, type Finding } from '../../finding';
import { CASE_HOMONYMS } from './common-words';
import { startsSentence } from './sentence-start';
import type { WordTable } from './tokens';
import { WordFilter } from './word-filter';

/**
 * One phrase capitalised two ways in running text: "Provincial Government"
 * against "provincial government", or a stray capital ("projects, For
 * long-term…", "in our Province") against the word's usual small letters.
 *
 * Only mid-sentence occurrences count: a capital at the start of a sentence,
 * quotation or dateline, or in a title-case headline, says nothing. A
 * capitalised phrase inside a longer name ("Zhejiang Provincial Government",
 * "People’s Daily", "Province of Portable Services") is that name, not a
 * variant. Acronyms ("US"/"us") and words whose capital form is another word
 * ("May"/"may") are left alone.
 *
 * A single word is reported only as a sporadic capital: at most
 * MAX_SPORADIC times, against a small-letter form at least three times as
 * common. News writes "the Party" or "the Government" on purpose, often; a
 * word capitalised once among many is a slip. A word in small letters is never
 * reported against a capitalised majority ("brown" beside Mr Brown).
 */

const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'de', 'la', 'du', 'van', 'von', 'der', 'y']);
const MAX_WORDS = 3;
const MAX_SPORADIC = 2;
const SPORADIC_RATIO = 3;

interface Form {
  text: string;
  words: number;
  count: number;
  first: number;
  /** Word index of each occurrence; not kept for a lone small-letter word, which is never reported. */
  at: number[];
}

function isMidSentenceCapital(words: WordTable, i: number): boolean {
  return words.isCapitalised(i) && !words.isAllCaps(i) && !words.isSentenceInitial(i) && !words.isInHeadline(i) && words.length(i) >= 2;
}

function isConnector(words: WordTable, i: number): boolean {
  return i >= 0 && i < words.count && words.length(i) <= 3 && CONNECTORS.has(words.lower(i));
}

/** Capitalised runs that stand alone: not inside a longer name, not joined to one by "of"/"and". */
function standaloneCapitalRuns(words: WordTable, isCommon: (lower: string) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < words.count) {
    if (!words.isCapitalised(i) || words.isAllCaps(i)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < words.count && words.isCapitalised(end) && words.isJoinedToPrevious(end)) end += 1;
    let start = i;
    // "The Provincial Government": the sentence's capital belongs to "The", not to the name.
    if (words.isSentenceInitial(start) && end - start > 1 && isCommon(words.lower(start))) start += 1;
    // "Province of Portable Services", "Longgang and Cangnan": a name continues across "of" or "and",
    // but not from a word that is capitalised only because it starts the sentence.
    const nameBefore = start >= 2 && words.isCapitalised(start - 2) && !(words.isSentenceInitial(start - 2) && isCommon(words.lower(start - 2)));
    const linkedBefore = start === i && words.isJoinedToPrevious(start) && isConnector(words, start - 1) && words.isJoinedToPrevious(start - 1) && nameBefore;
    const linkedAfter =
      isConnector(words, end) && words.isJoinedToPrevious(end) && end + 1 < words.count && words.isCapitalised(end + 1) && words.isJoinedToPrevious(end + 1);
    let standalone = !linkedBefore && !linkedAfter && end - start <= MAX_WORDS;
    // A run of words never written in small letters ("Zheng Zhajie", "Beijing") has no other case to compare with.
    let hasCommonWord = false;
    for (let k = start; standalone && k < end; k += 1) {
      standalone = isMidSentenceCapital(words, k);
      hasCommonWord ||= isCommon(words.lower(k));
    }
    standalone &&= hasCommonWord;
    if (standalone) runs.push([start, end]);
    i = end;
  }
  return runs;
}

export function caseVariantFindings(words: WordTable, isCommon: (lower: string) => boolean, checkId: string): Finding[] {
  const text = words.source;
  const formsByKey = new Map<string, Map<string, Form>>();
  const record = (key: string, start: number, end: number): void => {
    const forms = formsByKey.get(key) ?? new Map<string, Form>();
    formsByKey.set(key, forms);
    const formText = words.phrase(start, end, false);
    const form = forms.get(formText) ?? { text: formText, words: end - start, count: 0, first: words.start[start]!, at: [] };
    form.count += 1;
    if (end - start > 1 || formText !== formText.toLowerCase()) form.at.push(start);
    forms.set(formText, form);
  };

  for (const [start, end] of standaloneCapitalRuns(words, isCommon)) {
    if (end - start === 1 && CASE_HOMONYMS.has(words.lower(start))) continue;
    record(words.phrase(start, end, true), start, end);
  }
  // A single word capitalised more often than a slip would be is deliberate: no need to look further.
  for (const [key, forms] of formsByKey) {
    if (!key.includes(' ') && [...forms.values()].reduce((sum, form) => sum + form.count, 0) > MAX_SPORADIC) formsByKey.delete(key);
  }
  if (formsByKey.size === 0) return [];

  // Now the same words with small letters, mid-sentence, anywhere in the text.
  // For each first word, the phrase lengths that start with it (bit n − 1).
  const firstWords = new Map<string, number>();
  for (const key of formsByKey.keys()) {
    const parts = key.split(' ');
    firstWords.set(parts[0]!, (firstWords.get(parts[0]!) ?? 0) | (1 << (parts.length - 1)));
  }
  const filter = new WordFilter(firstWords.keys());
  for (let i = 0; i < words.count; i += 1) {
    if (!filter.mayContain(words, i)) continue;
    const lengths = firstWords.get(words.lower(i)) ?? 0;
    if (lengths === 0 || words.isInHeadline(i) || startsSentence(text, words.start[i]!)) continue;
    let allCapitalised = true;
    for (let n = 1; n <= MAX_WORDS && i + n <= words.count; n += 1) {
      const last = i + n - 1;
      if (n > 1 && !words.isJoinedToPrevious(last)) break;
      allCapitalised &&= words.isCapitalised(last);
      if (allCapitalised || (lengths & (1 << (n - 1))) === 0) continue;
      const key = words.phrase(i, i + n, true);
      if (formsByKey.has(key)) record(key, i, i + n);
    }
  }

  const findings: Finding[] = [];
  for (const [key, forms] of formsByKey) {
    if (forms.size < 2) continue;
    const single = !key.includes(' ');
    const ranked = [...forms.values()].sort((a, b) => b.count - a.count || a.first - b.first);
    const majority = ranked[0]!;
    if (single && majority.text !== majority.text.toLowerCase()) continue;
    for (const minority of ranked.slice(1)) {
      if (single && (minority.count > MAX_SPORADIC || majority.count < SPORADIC_RATIO * minority.count)) continue;
      for (const at of minority.at) {
        const start = words.start[at]!;
        const end = words.end[at + minority.words - 1]!;
        findings.push(
          makeFinding(text, {
            checkId,
            message: `“${minority.text}” is written “${majority.text}” ${majority.count === 1 ? 'once' : `${majority.count} times`} elsewhere`,
            start,
            end,
            suggestion: majority.text,
            severityHint: 'minor',
            categoryHint: 'linguistic-conventions/inconsistency',
          }),
        );
      }
    }
  }
  return findings;
}
