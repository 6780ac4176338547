// Renderer: the open document's MQM scorecard, from its flags and the review settings.
import { useMemo } from 'react';
import { scoreReview } from '@core/formats/review/score-review';
import type { Scorecard, WeightPreset } from '@core/mqm';
import { resolveReviewPreset } from '@core/mqm';
import { REVIEW_SETTING_DEFAULTS, useAnnotations, useSetting } from '../../db';

export interface ReviewScore {
  scorecard: Scorecard;
  preset: WeightPreset;
  presetProblems: string[];
}

export function useScorecard(docId: string | null, wordCount: number): ReviewScore | null {
  const annotations = useAnnotations(docId ?? '');
  const choice = useSetting('reviewPreset', REVIEW_SETTING_DEFAULTS.reviewPreset);
  const custom = useSetting('customPreset', REVIEW_SETTING_DEFAULTS.customPreset);
  const threshold = useSetting('passThreshold', REVIEW_SETTING_DEFAULTS.passThreshold);
  const model = useSetting('scoringModel', REVIEW_SETTING_DEFAULTS.scoringModel);
  const criticalFails = useSetting('criticalFails', REVIEW_SETTING_DEFAULTS.criticalFails);
  return useMemo(() => {
    if (!docId || !annotations || choice === undefined || threshold === undefined || model === undefined || criticalFails === undefined) return null;
    const { preset, problems } = resolveReviewPreset(choice, custom);
    return { scorecard: scoreReview(annotations, wordCount, preset, { threshold, model, criticalFails }), preset, presetProblems: problems };
  }, [docId, annotations, choice, custom, threshold, model, criticalFails, wordCount]);
}
