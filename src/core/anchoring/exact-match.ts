/**
 * The best exact occurrence of a quote, ranked by how well its surroundings match the
 * recorded prefix and suffix, then by nearness to the hint.
 */
import { findOccurrences, nearestFirst } from './occurrences';
import {
  confidenceOf,
  contextBudget,
  contextDistance,
  contextSimilarityOf,
  proximity,
  scoreOf,
} from './scoring';
import type { QuoteMatch, ResolvedContext } from './types';

/**
 * Look this far either side of the hint before scanning the whole document. After a
 * re-import most annotations have moved by less than this, and a scan of the whole text
 * per annotation (about 0.5 ms on 200k words) is what would make thousands of them slow.
 */
const NEAR_HINT = 2048;

/** All exact occurrences of a quote, ascending. The batch passes a per-quote cache. */
export type OccurrenceSource = (quote: string) => readonly number[];

interface ExactMatch {
  match: QuoteMatch;
  /** True only when the whole document was searched and held exactly one occurrence. */
  unique: boolean;
}

export function bestExact(
  text: string,
  quote: string,
  context: ResolvedContext,
  occurrencesOf: OccurrenceSource = (q) => findOccurrences(text, q),
): ExactMatch | null {
  const length = quote.length;
  if (length === 0 || length > text.length) return null;
  const { hint } = context;
  if (hint !== undefined) {
    const near = rank(text, length, findOccurrences(text, quote, hint - NEAR_HINT, hint + length + NEAR_HINT), context);
    // Ranking adds only nearness on top of context, so an occurrence with intact context
    // inside the window beats every occurrence outside it: no need to look further.
    if (near && near.contextSimilarity === 1) return { match: near, unique: false };
  }
  const all = occurrencesOf(quote);
  const best = rank(text, length, all, context);
  return best ? { match: best, unique: all.length === 1 } : null;
}

/**
 * Many occurrences (a common word) are too many to measure precisely one by one. Those
 * beyond this number are first sifted by how many characters next to them still match the
 * recorded context exactly; the precise measure then goes to the best of the sift and to
 * the occurrences nearest the hint (where an original with edits right next to it would be).
 */
const MEASURE_ALL_UP_TO = 64;
const SHORTLIST_EACH = 32;

function rank(text: string, length: number, starts: readonly number[], context: ResolvedContext): QuoteMatch | null {
  if (starts.length <= MEASURE_ALL_UP_TO) return measure(text, length, starts, context);
  const nearest = nearestFirst(starts, context.hint).slice(0, SHORTLIST_EACH);
  const sifted = siftByAdjacentContext(text, length, starts, context, SHORTLIST_EACH);
  const shortlist = [...new Set([...nearest, ...sifted])].sort((a, b) => a - b);
  return measure(text, length, shortlist, context);
}

/** The `count` occurrences whose adjacent characters agree longest with the recorded context. */
function siftByAdjacentContext(
  text: string,
  length: number,
  starts: readonly number[],
  { prefix, suffix }: ResolvedContext,
  count: number,
): number[] {
  const agreement = starts.map((start) => {
    const end = start + length;
    let before = 0;
    while (
      before < prefix.length &&
      before < start &&
      text.charCodeAt(start - 1 - before) === prefix.charCodeAt(prefix.length - 1 - before)
    ) {
      before += 1;
    }
    let after = 0;
    while (
      after < suffix.length &&
      end + after < text.length &&
      text.charCodeAt(end + after) === suffix.charCodeAt(after)
    ) {
      after += 1;
    }
    return before + after;
  });
  // Agreement is a small integer: count how many reach each value instead of sorting.
  const reaching = new Array<number>(prefix.length + suffix.length + 2).fill(0);
  for (const value of agreement) reaching[value] += 1;
  let threshold = reaching.length - 1;
  for (let seen = 0; threshold > 0 && seen + reaching[threshold] < count; threshold -= 1) seen += reaching[threshold];
  const sifted: number[] = [];
  for (let i = 0; i < starts.length && sifted.length < count; i += 1) {
    if (agreement[i] > threshold) sifted.push(starts[i]);
  }
  for (let i = 0; i < starts.length && sifted.length < count; i += 1) {
    if (agreement[i] === threshold) sifted.push(starts[i]);
  }
  return sifted;
}

/**
 * Best of the occurrences at `starts` (ascending), measured nearest first, stopping once
 * nothing farther can win.
 */
function measure(text: string, length: number, starts: readonly number[], context: ResolvedContext): QuoteMatch | null {
  const { prefix, suffix, hint } = context;
  let best: QuoteMatch | null = null;
  for (const start of nearestFirst(starts, hint)) {
    const near = proximity(start, hint, text.length);
    if (best && best.score >= scoreOf(1, near)) break;
    const budget = best ? contextBudget(best.score, 1, near, prefix.length + suffix.length) : Number.POSITIVE_INFINITY;
    const distance = contextDistance(text, start, start + length, prefix, suffix, budget);
    if (distance > budget) continue;
    const contextSimilarity = contextSimilarityOf(distance, prefix, suffix);
    const confidence = confidenceOf(1, contextSimilarity);
    const score = scoreOf(confidence, near);
    if (!best || score > best.score) {
      best = { start, end: start + length, score, confidence, errors: 0, contextSimilarity };
    }
  }
  return best;
}
