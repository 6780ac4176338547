/**
 * The MQM 2.0 linear scoring models (themqm.org, "The MQM Scoring Models", 2024; Lommel et al.
 * 2024, "The Multi-Range Theory of Translation Quality Measurement"). docs/adr/0016 gives the
 * formulas and their sources:
 *
 *   APT  = Σ penalty points of the errors (severity multiplier × error-type weight)
 *   PWPT = APT / EWC                    (EWC: evaluation word count, source or target words)
 *   NPT  = PWPT × RWC                   (RWC: reference word count, usually 1000)
 *   raw linear:        QS = MSV × (1 − PWPT)                 (MSV: maximum score value, 100)
 *   calibrated linear: QS = MSV − NPT × SF,  SF = (MSV − PT) / APP
 *                      (PT: passing threshold; APP: the NPT at which a text just passes)
 *
 * Today's scorecard (score.ts) is max(0, 100 − NPT) with RWC 1000: the calibrated linear model
 * with MSV 100 and SF 1 (PT 90 at APP 10), floored at 0, and not the raw model, whose score
 * with the same counts is 100 − APT × 100 / EWC.
 */
import { MQM_CORE_PRESET, type WeightPreset } from './presets';
import { roundPoints, scoreFlags, type Scorecard, type ScoredFlag } from './score';

export type WordCountBasis = 'source' | 'target';

interface ModelBase {
  /** RWC: the penalty is normed to this many words. */
  referenceWordCount: number;
  /** MSV: the score of a text without errors. */
  maximumScore: number;
  /** A score at or above this passes. */
  passingThreshold: number;
}

export type ScoringModel =
  | ({ kind: 'raw-linear' } & ModelBase)
  | ({
      kind: 'calibrated-linear';
      /** APP: normed penalty points (per RWC words) at which a text just reaches the passing threshold. */
      acceptablePenaltyPoints: number;
    } & ModelBase);

/** 99 = one Minor error in 100 words, the cut usually quoted for the raw model. */
export const RAW_LINEAR_MODEL: ScoringModel = { kind: 'raw-linear', referenceWordCount: 1000, maximumScore: 100, passingThreshold: 99 };
/** Scaling factor 1: the calibrated model that today's scorecard is (see the banner). */
export const CALIBRATED_LINEAR_MODEL: ScoringModel = {
  kind: 'calibrated-linear',
  referenceWordCount: 1000,
  maximumScore: 100,
  passingThreshold: 90,
  acceptablePenaltyPoints: 10,
};

export interface ModelScoreOptions {
  model: ScoringModel;
  /** Default MQM Core (0/1/5/25); GOOGLE_WMT_PRESET and custom presets work as well. */
  preset?: WeightPreset;
  /** Which words EWC counts; default 'source', as ASTM F2575 and themqm.org's scorecard do. */
  basis?: WordCountBasis;
  /** MQM's option: any Critical error fails the text whatever its score (default false). */
  criticalFails?: boolean;
}

/** What the scorecard shows: the model and every count it used, so a reader can redo the sum. */
export interface ModelScorecard {
  model: ScoringModel['kind'];
  presetId: string;
  basis: WordCountBasis;
  evaluationWordCount: number;
  referenceWordCount: number;
  maximumScore: number;
  passingThreshold: number;
  /** SF = (MSV − PT) / APP for the calibrated model; null for the raw model, which has none. */
  scalingFactor: number | null;
  acceptablePenaltyPoints: number | null;
  absolutePenaltyTotal: number;
  perWordPenaltyTotal: number;
  normedPenaltyTotal: number;
  /** As the model defines it: not floored, so a very bad text can score below 0. */
  qualityScore: number;
  criticalErrors: number;
  criticalFails: boolean;
  pass: boolean;
  /** Why it failed: below the threshold, a Critical error (when criticalFails), or null when it passed. */
  failedBy: 'threshold' | 'critical-error' | null;
  /** Counted, rejected and unrated flags and the category × severity breakdown, as in score.ts. */
  flags: Pick<Scorecard, 'counted' | 'rejected' | 'unrated' | 'breakdown'>;
}

export interface WordCounts {
  source: number;
  target: number;
}

/** The quality score of an absolute penalty total under a model; EWC below 1 counts as 1, as score.ts does. */
export function modelQualityScore(model: ScoringModel, absolutePenaltyTotal: number, evaluationWordCount: number): number {
  const perWord = absolutePenaltyTotal / Math.max(1, evaluationWordCount);
  if (model.kind === 'raw-linear') return roundPoints(model.maximumScore * (1 - perWord));
  const scalingFactor = (model.maximumScore - model.passingThreshold) / model.acceptablePenaltyPoints;
  return roundPoints(model.maximumScore - perWord * model.referenceWordCount * scalingFactor);
}

export function scoreWithModel(flags: readonly ScoredFlag[], words: WordCounts, options: ModelScoreOptions): ModelScorecard {
  const { model } = options;
  const preset = options.preset ?? MQM_CORE_PRESET;
  const basis = options.basis ?? 'source';
  const evaluationWordCount = words[basis];
  const card = scoreFlags(flags, evaluationWordCount, preset);
  const apt = card.penalty;
  const perWord = apt / Math.max(1, evaluationWordCount);
  const qualityScore = modelQualityScore(model, apt, evaluationWordCount);
  const criticalErrors = card.breakdown.filter((row) => row.severity === 'critical').reduce((sum, row) => sum + row.count, 0);
  const criticalFails = options.criticalFails ?? false;
  const failedBy = criticalFails && criticalErrors > 0 ? 'critical-error' : qualityScore < model.passingThreshold ? 'threshold' : null;
  const calibrated = model.kind === 'calibrated-linear';
  return {
    model: model.kind,
    presetId: preset.id,
    basis,
    evaluationWordCount,
    referenceWordCount: model.referenceWordCount,
    maximumScore: model.maximumScore,
    passingThreshold: model.passingThreshold,
    scalingFactor: calibrated ? roundPoints((model.maximumScore - model.passingThreshold) / model.acceptablePenaltyPoints) : null,
    acceptablePenaltyPoints: calibrated ? model.acceptablePenaltyPoints : null,
    absolutePenaltyTotal: apt,
    perWordPenaltyTotal: roundPoints(perWord),
    normedPenaltyTotal: roundPoints(perWord * model.referenceWordCount),
    qualityScore,
    criticalErrors,
    criticalFails,
    pass: failedBy === null,
    failedBy,
    flags: { counted: card.counted, rejected: card.rejected, unrated: card.unrated, breakdown: card.breakdown },
  };
}
