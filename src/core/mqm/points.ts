import type { Severity } from '../model';
import { lineageOf } from './typology';
import type { PointsOverride, WeightPreset } from './presets';

/**
 * Penalty points of one error under a preset. The most specific rule wins: an
 * override for the exact category beats one for its dimension, and one naming
 * the severity beats one that does not. Without an override the points are the
 * severity weight times the category multiplier (own, else the dimension's,
 * else 1). An unknown or missing category has multiplier 1 and no override.
 */
export function pointsFor(preset: WeightPreset, category: string | null | undefined, severity: Severity): number {
  const lineage = category ? lineageOf(category) : [];
  const override = findOverride(preset.overrides, lineage, severity);
  if (override) return override.points;
  const multiplier = lineage.map((id) => preset.categoryMultipliers[id]).find((value) => value !== undefined) ?? 1;
  return preset.severityWeights[severity] * multiplier;
}

function findOverride(overrides: readonly PointsOverride[], lineage: readonly string[], severity: Severity): PointsOverride | undefined {
  for (const id of lineage) {
    const exact = overrides.find((override) => override.category === id && override.severity === severity);
    if (exact) return exact;
    // A severity-less override is for errors: it never turns a neutral flag into points.
    const any = severity === 'neutral' ? undefined : overrides.find((override) => override.category === id && override.severity === undefined);
    if (any) return any;
  }
  return undefined;
}
