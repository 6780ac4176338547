/**
 * The scorecard of a document's review, from its annotations. scoreFlags reads `category`, while
 * an Annotation stores `mqmCategory`: an Annotation passed to it as is type-checks, but every flag
 * would be scored as uncategorised. This is the one place that maps one onto the other.
 */
import type { Annotation } from '../../model';
import { scoreFlags } from '../../mqm';
import type { ScoreOptions, ScoredFlag, Scorecard, WeightPreset } from '../../mqm';
import { liveFlags } from './review-items';

function scoredFlag(flag: Pick<Annotation, 'mqmCategory' | 'severity' | 'status'>): ScoredFlag {
  return { category: flag.mqmCategory, severity: flag.severity, status: flag.status };
}

/** Scores the live flags among `annotations` (other kinds and deleted flags are ignored). */
export function scoreReview(annotations: readonly Annotation[], wordCount: number, preset: WeightPreset, options: ScoreOptions = {}): Scorecard {
  return scoreFlags(liveFlags(annotations).map(scoredFlag), wordCount, preset, options);
}
