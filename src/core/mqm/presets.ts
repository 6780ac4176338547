import { z } from 'zod';
import { isMqmCategoryId } from './typology';

/**
 * Weight presets: how many penalty points one error of a category and severity
 * costs. A preset is a setting (the user picks one or writes a custom one), so
 * its shape is a zod schema and anything read back from storage is validated.
 *
 * Points for an error = the most specific matching override's points, else
 * severity weight × category multiplier (the category's own multiplier, else its
 * dimension's, else 1). See points.ts and docs/adr/0004-qa-and-mqm.md.
 */

const weight = z.number().min(0).max(1000);
const categoryId = z.string().refine(isMqmCategoryId, { message: 'unknown MQM category id' });
const severity = z.enum(['neutral', 'minor', 'major', 'critical']);

const severityWeightsSchema = z
  .object({ neutral: weight, minor: weight, major: weight, critical: weight })
  .strict();

const pointsOverrideSchema = z
  .object({
    category: categoryId,
    /** Omitted: applies to every severity except neutral (a neutral flag is not an error). */
    severity: severity.optional(),
    points: weight,
  })
  .strict();

const weightPresetSchema = z
  .object({
    id: z.string().min(1).max(100),
    label: z.string().min(1).max(200),
    description: z.string().max(2000).default(''),
    severityWeights: severityWeightsSchema,
    /** Per-category multipliers of the severity weight; a dimension's applies to its subcategories. */
    categoryMultipliers: z.partialRecord(categoryId, weight).default({}),
    /** Fixed points that replace weight × multiplier (WMT: minor punctuation 0.1, non-translation 25). */
    overrides: z.array(pointsOverrideSchema).max(200).default([]),
    /** Categories counted at most once per segment (and rater), like WMT's non-translation. */
    oncePerSegment: z.array(categoryId).default([]),
  })
  .strict();

export type PointsOverride = z.output<typeof pointsOverrideSchema>;
export type WeightPreset = z.output<typeof weightPresetSchema>;

/**
 * Google's WMT MQM weighting (Freitag et al. 2021, and the MQM Viewer's defaults):
 * Major 5, Minor 1, Neutral 0; Minor Punctuation 0.1; Non-translation 25 whatever
 * its severity, once per segment. WMT raters were not offered a Critical
 * severity; data that has one is scored as Major (5), as the MQM Viewer does.
 * Source errors cost nothing: the translator did not make them.
 */
export const GOOGLE_WMT_PRESET: WeightPreset = {
  id: 'google-wmt',
  label: 'Google WMT',
  description:
    'Minor 1, Major 5, Critical as Major (5), Neutral 0; Minor Punctuation 0.1; Non-translation 25 per segment; Source error 0.',
  severityWeights: { neutral: 0, minor: 1, major: 5, critical: 5 },
  categoryMultipliers: { 'source-error': 0 },
  overrides: [
    { category: 'linguistic-conventions/punctuation', severity: 'minor', points: 0.1 },
    { category: 'non-translation', points: 25 },
  ],
  oncePerSegment: ['non-translation'],
};

/** The MQM scorecard's usual severity multipliers: Neutral 0, Minor 1, Major 5, Critical 10. */
export const MQM_STANDARD_PRESET: WeightPreset = {
  id: 'mqm-standard',
  label: 'MQM standard',
  description: 'Neutral 0, Minor 1, Major 5, Critical 10; every category weighted 1; Source error 0.',
  severityWeights: { neutral: 0, minor: 1, major: 5, critical: 10 },
  categoryMultipliers: { 'source-error': 0 },
  overrides: [],
  oncePerSegment: [],
};

/**
 * MQM Core's default severity multipliers (themqm.org, "The MQM Scoring Models"; Lommel et al.
 * 2024): Neutral 0, Minor 1, Major 5, Critical 25; every error type weighted 1. The default of
 * the MQM 2.0 scoring models (scoring-models.ts, docs/adr/0016).
 */
export const MQM_CORE_PRESET: WeightPreset = {
  id: 'mqm-core',
  label: 'MQM Core',
  description: 'Neutral 0, Minor 1, Major 5, Critical 25; every category weighted 1; Source error 0.',
  severityWeights: { neutral: 0, minor: 1, major: 5, critical: 25 },
  categoryMultipliers: { 'source-error': 0 },
  overrides: [],
  oncePerSegment: [],
};

export const BUILT_IN_PRESETS: readonly WeightPreset[] = [GOOGLE_WMT_PRESET, MQM_STANDARD_PRESET, MQM_CORE_PRESET];

export function getBuiltInPreset(id: string): WeightPreset | undefined {
  return BUILT_IN_PRESETS.find((preset) => preset.id === id);
}

type PresetParseResult = { ok: true; preset: WeightPreset } | { ok: false; errors: string[] };

/** Validates a preset read from settings or typed by the user; never throws. */
export function parsePreset(input: unknown): PresetParseResult {
  const result = weightPresetSchema.safeParse(input);
  if (result.success) return { ok: true, preset: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.join('.') || 'preset'}: ${issue.message}`),
  };
}

/** A custom preset starting from a built-in one's weights, for the settings editor. */
export function customPresetFrom(base: WeightPreset, id: string, label: string): WeightPreset {
  return {
    ...base,
    id,
    label,
    description: `Custom, based on ${base.label}.`,
    severityWeights: { ...base.severityWeights },
    categoryMultipliers: { ...base.categoryMultipliers },
    overrides: base.overrides.map((override) => ({ ...override })),
    oncePerSegment: [...base.oncePerSegment],
  };
}
