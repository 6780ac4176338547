/**
 * The scorecard of a document's review, from its annotations. scoreFlags reads `category`, while
 * an Annotation stores `mqmCategory`: an Annotation passed to it as is type-checks, but every flag
 * would be scored as uncategorised. This is the one place that maps one onto the other.
 */
import type { Annotation } from '../../model';
import { modelQualityScore, RAW_LINEAR_MODEL, scoreFlags } from '../../mqm';
import type { ScoreOptions, ScoredFlag, Scorecard, WeightPreset } from '../../mqm';
import { liveFlags } from './review-items';

function scoredFlag(flag: Pick<Annotation, 'mqmCategory' | 'severity' | 'status'>): ScoredFlag {
  return { category: flag.mqmCategory, severity: flag.severity, status: flag.status };
}

export interface ReviewScoreOptions extends ScoreOptions {
  /**
   * The MQM 2.0 model (ADR 0016): 'calibrated-linear' (default) is 100 − penalty per 1000 words,
   * floored at 0; 'raw-linear' is 100 × (1 − penalty / words), not floored.
   */
  model?: 'calibrated-linear' | 'raw-linear';
  /** MQM's option: any Critical error fails the text whatever its score. */
  criticalFails?: boolean;
}

/** Scores the live flags among `annotations` (other kinds and deleted flags are ignored). */
export function scoreReview(annotations: readonly Annotation[], wordCount: number, preset: WeightPreset, options: ReviewScoreOptions = {}): Scorecard {
  const card = scoreFlags(liveFlags(annotations).map(scoredFlag), wordCount, preset, options);
  const model = options.model ?? 'calibrated-linear';
  const qualityScore = model === 'raw-linear' ? modelQualityScore({ ...RAW_LINEAR_MODEL, passingThreshold: card.threshold }, card.penalty, wordCount) : card.qualityScore;
  const criticalErrors = card.breakdown.filter((row) => row.severity === 'critical').reduce((sum, row) => sum + row.count, 0);
  const failedBy = options.criticalFails && criticalErrors > 0 ? 'critical-error' : qualityScore < card.threshold ? 'threshold' : null;
  return { ...card, qualityScore, pass: failedBy === null, model, failedBy };
}
