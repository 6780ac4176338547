import type { Severity } from '../model';
import { pointsFor } from './points';
import type { WeightPreset } from './presets';
import { resolveCategoryId } from './resolve-category';
import { roundPoints } from './score';

/**
 * Multi-system, multi-rater scoring, as in the WMT MQM evaluations: a system's
 * score is its average penalty per segment per rater, i.e. the sum of the
 * points of every error any rater marked in its output, divided by the number
 * of (segment, rater) ratings. Lower is better.
 */

export interface RatedError {
  system: string;
  rater: string;
  /** Unique across documents: prefix it with the document ("doc7:12") when ids restart per document. */
  segmentId: string;
  /** Glossa id or a WMT/label name ("Fluency/Punctuation"); resolved with resolveCategoryId. */
  category?: string | null;
  /** Null or undefined: the rater saw the segment and marked nothing (WMT "no-error" rows). */
  severity?: Severity | null;
}

export interface RaterScore {
  rater: string;
  ratings: number;
  penalty: number;
  averagePenalty: number;
}

export interface SystemScore {
  system: string;
  /** Distinct segments rated. */
  segments: number;
  /** (segment, rater) pairs: the denominator of averagePenalty. */
  ratings: number;
  errors: number;
  penalty: number;
  averagePenalty: number;
  byRater: RaterScore[];
}

interface Tally {
  ratings: Set<string>;
  segments: Set<string>;
  errors: number;
  penalty: number;
  raters: Map<string, { ratings: Set<string>; penalty: number }>;
}

/** Systems best first (lowest average penalty), ties by name. */
export function scoreSegments(rows: readonly RatedError[], preset: WeightPreset): SystemScore[] {
  const once = new Set<string>(preset.oncePerSegment);
  const seenOnce = new Set<string>();
  const systems = new Map<string, Tally>();

  for (const row of rows) {
    const tally = systems.get(row.system) ?? { ratings: new Set(), segments: new Set(), errors: 0, penalty: 0, raters: new Map() };
    systems.set(row.system, tally);
    const rater = tally.raters.get(row.rater) ?? { ratings: new Set<string>(), penalty: 0 };
    tally.raters.set(row.rater, rater);
    const ratingKey = JSON.stringify([row.segmentId, row.rater]);
    tally.ratings.add(ratingKey);
    tally.segments.add(row.segmentId);
    rater.ratings.add(row.segmentId);
    if (!row.severity) continue;

    const category = resolveCategoryId(row.category);
    let points = pointsFor(preset, category, row.severity);
    if (category && once.has(category)) {
      const onceKey = JSON.stringify([row.system, row.segmentId, row.rater, category]);
      if (seenOnce.has(onceKey)) points = 0;
      seenOnce.add(onceKey);
    }
    tally.errors += 1;
    tally.penalty += points;
    rater.penalty += points;
  }

  return [...systems.entries()]
    .map(([system, tally]): SystemScore => ({
      system,
      segments: tally.segments.size,
      ratings: tally.ratings.size,
      errors: tally.errors,
      penalty: roundPoints(tally.penalty),
      averagePenalty: roundPoints(tally.penalty / tally.ratings.size),
      byRater: [...tally.raters.entries()]
        .map(([rater, r]) => ({
          rater,
          ratings: r.ratings.size,
          penalty: roundPoints(r.penalty),
          averagePenalty: roundPoints(r.penalty / r.ratings.size),
        }))
        .sort((a, b) => a.rater.localeCompare(b.rater)),
    }))
    .sort((a, b) => a.averagePenalty - b.averagePenalty || a.system.localeCompare(b.system));
}
