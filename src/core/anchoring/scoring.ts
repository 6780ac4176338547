/**
 * Weights and thresholds of anchoring, in one place so the ADR (docs/adr/0003-anchoring.md)
 * and the code cannot drift apart.
 */
import { affixDistance } from './distance';

/**
 * Confidence = QUOTE_WEIGHT · quote similarity + CONTEXT_WEIGHT · context similarity.
 * The quoted words weigh most: they are what the note is about. The context decides which
 * of several occurrences it is, and whether a lone occurrence is still the same place.
 */
const QUOTE_WEIGHT = 0.6;
const CONTEXT_WEIGHT = 0.4;

/**
 * Ranking score = (1 − POSITION_WEIGHT) · confidence + POSITION_WEIGHT · proximity to the hint.
 * Small on purpose: offsets shift with every edit above, so nearness only breaks ties
 * between otherwise equal candidates (the same sentence repeated, say).
 */
const POSITION_WEIGHT = 0.05;

/** Below this confidence the UI marks an anchor "needs check" and shows the original quote. */
export const NEEDS_CHECK_BELOW = 0.8;

/**
 * Below this confidence a fuzzy candidate is not trusted at all and the annotation becomes an
 * orphan. An exact occurrence of the quote never falls below it (its confidence is ≥ QUOTE_WEIGHT).
 */
export const ORPHAN_BELOW = 0.5;

/** Errors allowed when searching for an edited quote: half of it, capped to keep search fast. */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(256, Math.floor(quoteLength / 2));
}

export function confidenceOf(quoteSimilarity: number, contextSimilarity: number): number {
  return clamp01(QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * contextSimilarity);
}

export function scoreOf(confidence: number, proximity: number): number {
  return clamp01((1 - POSITION_WEIGHT) * confidence + POSITION_WEIGHT * proximity);
}

/** 1 at the hint, falling linearly to ~0 at the far end of the text; 1 when there is no hint. */
export function proximity(start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined) return 1;
  return 1 - Math.abs(start - hint) / (textLength + 1);
}

/**
 * Combined edit distance of the recorded prefix and suffix from the text around
 * [start, end), or `max + 1` once it is known to be larger than `max`.
 */
export function contextDistance(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
  max = Number.POSITIVE_INFINITY,
): number {
  const before = affixDistance(prefix, text, start, 'before', max);
  if (before > max) return before;
  return before + affixDistance(suffix, text, end, 'after', max - before);
}

/**
 * The largest context distance with which a candidate of this quote similarity and
 * proximity could still score above `bestScore`, so that measuring it can stop early.
 * Rounded up: a loose budget only costs time, a tight one could skip the winner.
 */
export function contextBudget(
  bestScore: number,
  quoteSimilarity: number,
  nearness: number,
  contextLength: number,
): number {
  if (contextLength === 0) return Number.POSITIVE_INFINITY;
  const neededConfidence = (bestScore - POSITION_WEIGHT * nearness) / (1 - POSITION_WEIGHT);
  const neededSimilarity = (neededConfidence - QUOTE_WEIGHT * quoteSimilarity) / CONTEXT_WEIGHT;
  return Math.max(0, Math.ceil(contextLength * (1 - neededSimilarity)));
}

/**
 * Context similarity from a context distance: each recorded character counts once, so a side
 * cut short by the start or end of the document weighs less. No recorded context at all
 * cannot contradict anything, and counts as a match.
 */
export function contextSimilarityOf(distance: number, prefix: string, suffix: string): number {
  const length = prefix.length + suffix.length;
  return length === 0 ? 1 : clamp01(1 - distance / length);
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
