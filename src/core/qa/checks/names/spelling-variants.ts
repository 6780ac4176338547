import { makeFinding, type Finding } from '../../finding';
import { areDistinctNames } from './common-words';
import { boundedDamerauLevenshtein } from './edit-distance';
import type { WordTable } from './tokens';

/**
 * One name spelled two ways: "Zheng Zhajie" ×3 and "Zheng Shajie" ×1. Candidate
 * names are runs of capitalised words (a sentence-initial common word is not
 * one), taken as phrases of one to three words. Two phrases are variants when
 * they have the same number of words and the same first letter, and differ in
 * one word by at most EDITS_FOR(length) Damerau-Levenshtein edits, where that
 * word is long enough for a one-letter change to be a slip rather than another
 * name ("Zhang"/"Zheng", "Li"/"Lu" are different people). Both spellings of the
 * differing word must be proper names, never seen in small letters in the text
 * nor in the common-word list: "Policy"/"Police", "Report"/"Resort" are words,
 * not one name spelled twice. A word plus a suffix ("Korea"/"Korean",
 * "Plan"/"Plans") is not a variant either.
 *
 * Linear: similar words are found through a deletion index (words within k
 * edits share a word with up to k letters deleted), never by comparing every
 * pair of names; only words that share a key are compared.
 */

/** Words sharing one deletion key beyond which the key is ignored (see wordVariants). */
const MAX_BUCKET = 24;

/** Edits a word of this length may differ by; below 6 letters, none. */
function editsFor(length: number): number {
  if (length >= 10) return 2;
  if (length >= 6) return 1;
  return 0;
}

interface Phrase {
  words: string[];
  count: number;
  first: number;
  /** Token indices where the phrase starts. */
  at: number[];
}

function deletions(word: string, depth: number, into: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i += 1) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
}

function deletionKeys(word: string): Set<string> {
  const keys = new Set<string>([word]);
  deletions(word, editsFor(word.length), keys);
  return keys;
}

/** Verified variant pairs among the words: words sharing a deletion key are candidates. */
function wordVariants(words: Iterable<string>): Map<string, string[]> {
  const byKey = new Map<string, string | string[]>();
  for (const word of words) {
    for (const key of deletionKeys(word)) {
      const held = byKey.get(key);
      if (held === undefined) byKey.set(key, word);
      else if (typeof held === 'string') byKey.set(key, [held, word]);
      else held.push(word);
    }
  }
  const variants = new Map<string, string[]>();
  const checked = new Set<string>();
  for (const held of byKey.values()) {
    // A key shared by very many words ("Zhang" with a letter deleted) says little and would cost a
    // comparison per pair: skip it, so no text can make this quadratic.
    if (typeof held === 'string' || held.length > MAX_BUCKET) continue;
    for (let i = 0; i < held.length; i += 1) {
      for (let j = i + 1; j < held.length; j += 1) {
        const a = held[i]!;
        const b = held[j]!;
        const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
        if (checked.has(pair)) continue;
        checked.add(pair);
        if (!isWordVariant(a, b)) continue;
        variants.set(a, [...(variants.get(a) ?? []), b]);
        variants.set(b, [...(variants.get(b) ?? []), a]);
      }
    }
  }
  return variants;
}

function isWordVariant(a: string, b: string): boolean {
  const allowed = editsFor(Math.min(a.length, b.length));
  if (allowed === 0 || a.startsWith(b) || b.startsWith(a) || areDistinctNames(a, b)) return false;
  return boundedDamerauLevenshtein(a, b, allowed) <= allowed;
}

/** Calls back with [start, end) of each run of name-like words (a possessive ends a run: "Longgang’s Cangnan"). */
function forEachRun(words: WordTable, nameLike: Uint8Array, callback: (start: number, end: number) => void): void {
  let i = 0;
  while (i < words.count) {
    if (nameLike[i] !== 1) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < words.count && nameLike[end] === 1 && words.isJoinedToPrevious(end) && !words.isPossessive(end - 1)) end += 1;
    callback(i, end);
    i = end;
  }
}

/** Phrases of one to three words of the runs that contain a word with a variant: no other phrase can have one. */
function collectPhrases(words: WordTable, nameLike: Uint8Array, hasVariant: (lower: string) => boolean): Map<string, Phrase> {
  const phrases = new Map<string, Phrase>();
  forEachRun(words, nameLike, (runStart, runEnd) => {
    let interesting = false;
    for (let k = runStart; k < runEnd && !interesting; k += 1) interesting = hasVariant(words.lower(k));
    if (!interesting) return;
    for (let s = runStart; s < runEnd; s += 1) {
      let key = '';
      for (let n = 1; n <= 3 && s + n <= runEnd; n += 1) {
        key = n === 1 ? words.lower(s) : `${key} ${words.lower(s + n - 1)}`;
        let phrase = phrases.get(key);
        if (!phrase) {
          phrase = { words: key.split(' '), count: 0, first: words.start[s]!, at: [] };
          phrases.set(key, phrase);
        }
        phrase.count += 1;
        phrase.at.push(s);
      }
    }
  });
  return phrases;
}

/** The phrase's most frequent exact spelling (the first met, on a tie), to suggest it. */
function usualForm(phrase: Phrase, words: WordTable): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestCount = 0;
  for (const at of phrase.at) {
    const form = words.phrase(at, at + phrase.words.length, false);
    const count = (counts.get(form) ?? 0) + 1;
    counts.set(form, count);
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

export function spellingVariantFindings(words: WordTable, isCommon: (lower: string) => boolean, checkId: string): Finding[] {
  const text = words.source;
  const nameLike = new Uint8Array(words.count);
  for (let i = 0; i < words.count; i += 1) {
    if (words.isCapitalised(i) && !words.isAllCaps(i) && !words.hasDigit(i) && !(words.isSentenceInitial(i) && isCommon(words.lower(i)))) nameLike[i] = 1;
  }
  // Variants among the proper words of the runs first: only phrases containing such a word matter.
  const proper = new Set<string>();
  forEachRun(words, nameLike, (start, end) => {
    for (let k = start; k < end; k += 1) {
      const lower = words.lower(k);
      if (editsFor(lower.length) > 0 && !isCommon(lower)) proper.add(lower);
    }
  });
  const variants = wordVariants(proper);
  const phrases = collectPhrases(words, nameLike, (lower) => variants.has(lower));

  const findings: Finding[] = [];
  for (const phrase of phrases.values()) {
    const firstLetter = phrase.words[0]![0];
    let majority: Phrase | undefined;
    for (const [position, word] of phrase.words.entries()) {
      for (const variant of variants.get(word) ?? []) {
        const other = phrases.get(phrase.words.map((w, k) => (k === position ? variant : w)).join(' '));
        if (!other || other.words[0]![0] !== firstLetter) continue;
        if (!majority || other.count > majority.count || (other.count === majority.count && other.first < majority.first)) majority = other;
      }
    }
    if (!majority || majority.count < phrase.count || (majority.count === phrase.count && majority.first > phrase.first)) continue;
    const suggestion = usualForm(majority, words);
    for (const at of phrase.at) {
      const start = words.start[at]!;
      const end = words.end[at + phrase.words.length - 1]!;
      findings.push(
        makeFinding(text, {
          checkId,
          message: `“${text.slice(start, end)}” is spelled “${suggestion}” ${majority.count === 1 ? 'once' : `${majority.count} times`} elsewhere`,
          start,
          end,
          suggestion,
          severityHint: 'minor',
          categoryHint: 'linguistic-conventions/inconsistency',
        }),
      );
    }
  }
  return findings;
}
