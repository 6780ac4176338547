/**
 * Which weight preset a review scores with: the translator's choice of Google WMT, MQM
 * standard or their own custom preset (as stored, unvalidated), resolved to a preset.
 */
import { GOOGLE_WMT_PRESET, MQM_STANDARD_PRESET, parsePreset, type WeightPreset } from './presets';

export type ReviewPresetChoice = 'wmt' | 'mqm' | 'custom';

interface ResolvedReviewPreset {
  preset: WeightPreset;
  /** Why the custom preset could not be used (parsePreset's messages); empty when the chosen preset is in use. */
  problems: string[];
}

/**
 * The weight preset the review settings choose. A custom preset that does not validate scores
 * with MQM standard meanwhile, and says why, so the scorecard never breaks on a typo.
 */
export function resolveReviewPreset(choice: ReviewPresetChoice, customPreset: unknown): ResolvedReviewPreset {
  if (choice === 'wmt') return { preset: GOOGLE_WMT_PRESET, problems: [] };
  if (choice === 'mqm') return { preset: MQM_STANDARD_PRESET, problems: [] };
  const parsed = parsePreset(customPreset);
  return parsed.ok ? { preset: parsed.preset, problems: [] } : { preset: MQM_STANDARD_PRESET, problems: parsed.errors };
}
