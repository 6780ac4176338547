/** What the scorecard and the report say about how the score was computed: the model and the counts it used. */
import type { Scorecard } from '../../mqm';

export function scoringModelText(scorecard: Pick<Scorecard, 'model' | 'wordCount'>): string {
  const words = `over ${scorecard.wordCount.toLocaleString('en')} target words`;
  return scorecard.model === 'raw-linear'
    ? `MQM 2.0 raw linear model: 100 × (1 − penalty points / evaluation word count), not floored, ${words}.`
    : `MQM 2.0 calibrated linear model: 100 − penalty points per 1000 words (reference word count 1000, scaling factor 1), floored at 0, ${words}.`;
}
