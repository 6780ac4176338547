/**
 * A flag's share of a scorecard, read from the scorecard itself so that the per-flag figures
 * of a report always add up to its penalty and never re-implement the scoring rules.
 *
 * Within one document every counted flag of a category and severity costs the same (pointsFor
 * depends on nothing else, and once-per-segment rules only apply to flags that carry a segment,
 * which a document's annotations do not), so a flag's points are its breakdown cell's points
 * divided by the cell's count.
 */
import type { Annotation } from '../../model';
import { UNCATEGORISED, countsTowardScore, roundPoints } from '../../mqm';
import type { Scorecard } from '../../mqm';

type FlagScoring = 'counted' | 'rejected' | 'unrated';

type ScoredFields = Pick<Annotation, 'mqmCategory' | 'severity' | 'status'>;

/** Why a flag is or is not in the score, by the same rules as scoreFlags. */
export function flagScoring(flag: ScoredFields): FlagScoring {
  if (!countsTowardScore(flag.status)) return 'rejected';
  return flag.severity ? 'counted' : 'unrated';
}

/** The points the flag adds to the scorecard; undefined when it is not counted or the scorecard has no cell for it. */
export function flagPoints(scorecard: Scorecard, flag: ScoredFields): number | undefined {
  if (flagScoring(flag) !== 'counted') return undefined;
  const category = flag.mqmCategory || UNCATEGORISED;
  const cell = scorecard.breakdown.find((row) => row.category === category && row.severity === flag.severity);
  return cell && cell.count > 0 ? roundPoints(cell.points / cell.count) : undefined;
}
