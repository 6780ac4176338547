import type { AnnotationStatus, Severity } from '../model';
import { categoryOrder } from './typology';
import { compareSeverity } from './severity';
import { pointsFor } from './points';
import { countOf } from '../text';
import type { WeightPreset } from './presets';

/**
 * The scorecard of one document: penalty points of its flags under a preset,
 * normalised per 1000 words, and a quality score checked against a threshold.
 *
 * qualityScore = max(0, 100 − penaltyPer1000Words): the MQM scorecard with a
 * reference word count of 1000 and a maximum score of 100 (docs/adr/0004).
 */

/** What scoring needs of a flag; the Annotation row has all of it. */
export interface ScoredFlag {
  category?: string | null;
  severity?: Severity | null;
  status: AnnotationStatus;
  /** For bilingual documents: categories a preset counts once per segment are deduplicated by it. */
  segmentId?: string | null;
}

export interface ScoreRow {
  /** MQM id, or "uncategorised" for a flag that has a severity but no category yet. */
  category: string;
  severity: Severity;
  count: number;
  points: number;
}

export interface Scorecard {
  presetId: string;
  wordCount: number;
  /** Flags that were scored. */
  counted: number;
  /** Flags left out: rejected ones, and ones without a severity yet. */
  rejected: number;
  unrated: number;
  penalty: number;
  penaltyPer1000Words: number;
  qualityScore: number;
  threshold: number;
  pass: boolean;
  /** Category × severity, in typology then severity order; only cells that have flags. */
  breakdown: ScoreRow[];
  /** The MQM 2.0 model the quality score is (scoring-models.ts); absent means the calibrated one, as scoreFlags computes. */
  model?: 'calibrated-linear' | 'raw-linear';
  /** Why it failed: below the threshold, or a Critical error when any Critical fails; null when it passed. */
  failedBy?: 'threshold' | 'critical-error' | null;
}

export interface ScoreOptions {
  /** Minimum quality score that passes; default DEFAULT_PASS_THRESHOLD. */
  threshold?: number;
}

/**
 * 90 points = at most 10 penalty points per 1000 words, the same bar as the common
 * "99%" cut of the raw MQM formula 100 × (1 − penalty / words).
 */
export const DEFAULT_PASS_THRESHOLD = 90;
export const UNCATEGORISED = 'uncategorised';

/**
 * Every status but "rejected" counts: open flags are errors nobody has disputed
 * yet, and accepted, resolved or fixed ones were errors of the MT even if the
 * text has been corrected since. Only a rejected flag says "this was no error".
 */
export function countsTowardScore(status: AnnotationStatus): boolean {
  return status !== 'rejected';
}

export function scoreFlags(
  flags: readonly ScoredFlag[],
  wordCount: number,
  preset: WeightPreset,
  options: ScoreOptions = {},
): Scorecard {
  const threshold = options.threshold ?? DEFAULT_PASS_THRESHOLD;
  const once = new Set<string>(preset.oncePerSegment);
  const seenSegments = new Set<string>();
  const cells = new Map<string, ScoreRow>();
  let counted = 0;
  let rejected = 0;
  let unrated = 0;
  let penalty = 0;

  for (const flag of flags) {
    if (!countsTowardScore(flag.status)) {
      rejected += 1;
      continue;
    }
    if (!flag.severity) {
      unrated += 1;
      continue;
    }
    const category = flag.category || UNCATEGORISED;
    let points = pointsFor(preset, flag.category, flag.severity);
    if (once.has(category) && flag.segmentId) {
      const segmentKey = `${category}\u0000${flag.segmentId}`;
      if (seenSegments.has(segmentKey)) points = 0;
      seenSegments.add(segmentKey);
    }
    counted += 1;
    penalty += points;
    const cellKey = `${category}\u0000${flag.severity}`;
    const cell = cells.get(cellKey) ?? { category, severity: flag.severity, count: 0, points: 0 };
    cell.count += 1;
    cell.points = roundPoints(cell.points + points);
    cells.set(cellKey, cell);
  }

  penalty = roundPoints(penalty);
  // A document with no words cannot be normalised; treating it as one word keeps the numbers finite.
  const penaltyPer1000Words = roundPoints((penalty * 1000) / Math.max(1, wordCount));
  const qualityScore = roundPoints(Math.max(0, 100 - penaltyPer1000Words));
  const breakdown = [...cells.values()].sort(
    (a, b) => categoryOrder(a.category) - categoryOrder(b.category) || a.category.localeCompare(b.category) || compareSeverity(a.severity, b.severity),
  );
  return {
    presetId: preset.id,
    wordCount,
    counted,
    rejected,
    unrated,
    penalty,
    penaltyPer1000Words,
    qualityScore,
    threshold,
    pass: qualityScore >= threshold,
    breakdown,
  };
}

/** Removes binary floating-point noise (0.1 + 0.2) so scores compare and display cleanly. */
export function roundPoints(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * What the review says: PASS, FAIL, or not yet, while a flag has no severity (rating it can
 * only lower the score, so a FAIL stands, but a PASS is not one until every flag is rated).
 */
export type Verdict = 'pass' | 'fail' | 'unrated';

export function verdictOf(card: Pick<Scorecard, 'pass' | 'unrated'>): Verdict {
  if (!card.pass) return 'fail';
  return card.unrated > 0 ? 'unrated' : 'pass';
}

/** "PASS", "FAIL", or "2 unrated flags". */
export function verdictLabel(card: Pick<Scorecard, 'pass' | 'unrated'>): string {
  const verdict = verdictOf(card);
  if (verdict === 'unrated') return countOf(card.unrated, 'unrated flag');
  return verdict === 'pass' ? 'PASS' : 'FAIL';
}
