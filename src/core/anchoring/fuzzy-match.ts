/**
 * The best approximate occurrence of a quote that no longer occurs exactly.
 *
 * approx-string-match reports only the lowest-error matches of a search, so over a whole
 * article a chance near-miss elsewhere can hide the edited original; and it costs about
 * 30 ns per character searched (≈40 ms per quote on 200k words). So we search small
 * windows where the original is likely to be: around the hint (narrow, then wide), then
 * next to wherever its recorded context now is. A candidate far from the hint whose
 * surroundings changed as well would score no better than a guess, so the search of the
 * whole text is kept for annotations that have no position at all.
 */
import approxSearch from 'approx-string-match';
import { boundedEditDistance } from './distance';
import { findOccurrences, nearestFirst } from './occurrences';
import {
  NEEDS_CHECK_BELOW,
  confidenceOf,
  contextBudget,
  contextDistance,
  contextSimilarityOf,
  proximity,
  scoreOf,
} from './scoring';
import type { QuoteMatch, ResolvedContext } from './types';

/** Short quotes can have thousands of equally good near-misses; judge only the nearest. */
const MAX_CANDIDATES = 200;
/** Context seeds: this many characters of the prefix/suffix next to the quote... */
const SEED_LENGTH = 16;
/** ...but no fewer than this (near the ends of the text), or they would be everywhere... */
const MIN_SEED_LENGTH = 8;
/** ...and only the occurrences of each seed nearest the hint. */
const SEEDS_PER_SIDE = 8;

/** Raw hits of the library, before they are checked and scored. */
export interface FuzzyHit {
  start: number;
  end: number;
}

/** Hits of `quote` over the whole text; the batch caches them per quote. */
export type FuzzyHitSource = (quote: string, maxErrors: number) => readonly FuzzyHit[];

interface FuzzySources {
  /** Exact occurrences of a string (here: of a context seed); the batch caches them. */
  occurrencesOf: (needle: string) => readonly number[];
  hitsOf: FuzzyHitSource;
}

export function searchHits(text: string, quote: string, maxErrors: number, from = 0, to = text.length): FuzzyHit[] {
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  return approxSearch(window, quote, maxErrors).map((hit) => ({ start: hit.start + from, end: hit.end + from }));
}

export function bestFuzzy(
  text: string,
  quote: string,
  context: ResolvedContext,
  maxErrors: number,
  sources: Partial<FuzzySources> = {},
): QuoteMatch | null {
  const errorsAllowed = Math.floor(Math.min(maxErrors, quote.length));
  if (quote.length === 0 || text.length === 0 || !(errorsAllowed >= 1)) return null;
  const { hint } = context;
  if (hint === undefined) {
    const hitsOf = sources.hitsOf ?? ((q: string, k: number) => searchHits(text, q, k));
    return judge(text, quote, context, errorsAllowed, hitsOf(quote, errorsAllowed), null);
  }

  let best: QuoteMatch | null = null;
  const searchWindow = (from: number, to: number): void => {
    const low = Math.max(0, from);
    const high = Math.min(text.length, to);
    if (high <= low) return;
    best = judge(text, quote, context, errorsAllowed, searchHits(text, quote, errorsAllowed, low, high), best);
  };

  for (const reach of [64 + 2 * quote.length, 2048 + 4 * quote.length]) {
    searchWindow(hint - reach, hint + quote.length + reach);
    // A confident match near where the quote was is taken without looking further.
    if (best !== null && (best as QuoteMatch).confidence >= NEEDS_CHECK_BELOW) return best;
    if (hint - reach <= 0 && hint + quote.length + reach >= text.length) return best;
  }

  const occurrencesOf = sources.occurrencesOf ?? ((needle: string) => findOccurrences(text, needle));
  // The longest span a match can have, plus room for a few characters typed next to it.
  const span = quote.length + errorsAllowed + SEED_LENGTH;
  const prefixSeed = context.prefix.slice(-SEED_LENGTH);
  if (prefixSeed.length >= MIN_SEED_LENGTH) {
    for (const at of nearestFirst(occurrencesOf(prefixSeed), hint).slice(0, SEEDS_PER_SIDE)) {
      searchWindow(at + prefixSeed.length, at + prefixSeed.length + span);
    }
  }
  const suffixSeed = context.suffix.slice(0, SEED_LENGTH);
  if (suffixSeed.length >= MIN_SEED_LENGTH) {
    for (const at of nearestFirst(occurrencesOf(suffixSeed), hint).slice(0, SEEDS_PER_SIDE)) {
      searchWindow(at - span, at);
    }
  }
  return best;
}

/**
 * The best of `hits` if it beats `best`, else `best`. Nearest the hint first, so that the
 * likely original sets a high bar early and most others are dismissed cheaply.
 */
function judge(
  text: string,
  quote: string,
  context: ResolvedContext,
  maxErrors: number,
  hits: readonly FuzzyHit[],
  best: QuoteMatch | null,
): QuoteMatch | null {
  const { prefix, suffix, hint } = context;
  const candidates =
    hint === undefined
      ? hits.slice(0, MAX_CANDIDATES)
      : [...hits].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, MAX_CANDIDATES);
  for (const { start, end } of candidates) {
    if (end <= start) continue;
    // Re-measured: the library's start can belong to a neighbouring substring.
    const errors = boundedEditDistance(text.slice(start, end), quote, maxErrors);
    if (errors > maxErrors) continue;
    const quoteSimilarity = 1 - errors / quote.length;
    const nearness = proximity(start, hint, text.length);
    if (best && best.score >= scoreOf(confidenceOf(quoteSimilarity, 1), nearness)) continue;
    const budget = best
      ? contextBudget(best.score, quoteSimilarity, nearness, prefix.length + suffix.length)
      : Number.POSITIVE_INFINITY;
    const distance = contextDistance(text, start, end, prefix, suffix, budget);
    if (distance > budget) continue;
    const contextSimilarity = contextSimilarityOf(distance, prefix, suffix);
    const confidence = confidenceOf(quoteSimilarity, contextSimilarity);
    const score = scoreOf(confidence, nearness);
    if (!best || score > best.score) best = { start, end, score, confidence, errors, contextSimilarity };
  }
  return best;
}
