import { describe, expect, it } from 'vitest';
import { GOOGLE_WMT_PRESET, MQM_STANDARD_PRESET } from './presets';
import { scoreSegments, type RatedError } from './segment-score';

// Two systems, two raters, two segments each, in the WMT TSV's own category names.
const rows: RatedError[] = [
  { system: 'A', rater: 'r1', segmentId: 'd1:1', category: 'Accuracy/Mistranslation', severity: 'major' }, //  5 / 5
  { system: 'A', rater: 'r1', segmentId: 'd1:1', category: 'Fluency/Punctuation', severity: 'minor' }, //      0.1 / 1
  { system: 'A', rater: 'r1', segmentId: 'd1:2', category: 'no-error', severity: null }, //                  clean
  { system: 'A', rater: 'r2', segmentId: 'd1:1', category: 'Non-translation!', severity: 'major' }, //       25 / 5
  { system: 'A', rater: 'r2', segmentId: 'd1:1', category: 'Non-translation!', severity: 'major' }, //        0 / 5 (once per segment in WMT)
  { system: 'A', rater: 'r2', segmentId: 'd1:2', category: 'Fluency/Grammar', severity: 'minor' }, //         1 / 1
  { system: 'B', rater: 'r1', segmentId: 'd1:1', category: 'Accuracy/Omission', severity: 'critical' }, //    5 / 10
  { system: 'B', rater: 'r1', segmentId: 'd1:2' }, //                                                        clean
  { system: 'B', rater: 'r2', segmentId: 'd1:1', category: null, severity: undefined }, //                  clean
  { system: 'B', rater: 'r2', segmentId: 'd1:2', category: 'Style/Awkward', severity: 'minor' }, //           1 / 1
];

describe('scoreSegments', () => {
  it('Google WMT: average penalty per segment per rater, best system first', () => {
    expect(scoreSegments(rows, GOOGLE_WMT_PRESET)).toEqual([
      {
        system: 'B',
        segments: 2,
        ratings: 4,
        errors: 2,
        penalty: 6,
        averagePenalty: 1.5,
        byRater: [
          { rater: 'r1', ratings: 2, penalty: 5, averagePenalty: 2.5 },
          { rater: 'r2', ratings: 2, penalty: 1, averagePenalty: 0.5 },
        ],
      },
      {
        system: 'A',
        segments: 2,
        ratings: 4,
        errors: 5,
        penalty: 31.1,
        averagePenalty: 7.775,
        byRater: [
          { rater: 'r1', ratings: 2, penalty: 5.1, averagePenalty: 2.55 },
          { rater: 'r2', ratings: 2, penalty: 26, averagePenalty: 13 },
        ],
      },
    ]);
  });

  it('MQM standard: critical 10, no per-segment rule', () => {
    const scores = scoreSegments(rows, MQM_STANDARD_PRESET);
    expect(scores.map((s) => [s.system, s.penalty, s.averagePenalty])).toEqual([
      ['B', 11, 2.75],
      ['A', 17, 4.25],
    ]);
  });

  it('counts the once-per-segment rule per rater and per system, not globally', () => {
    const nt = (system: string, rater: string): RatedError => ({ system, rater, segmentId: 's', category: 'non-translation', severity: 'major' });
    const scores = scoreSegments([nt('A', 'r1'), nt('A', 'r2'), nt('B', 'r1')], GOOGLE_WMT_PRESET);
    expect(scores.map((s) => [s.system, s.penalty, s.averagePenalty])).toEqual([
      ['A', 50, 25],
      ['B', 25, 25],
    ]);
  });

  it('returns nothing for no rows', () => {
    expect(scoreSegments([], GOOGLE_WMT_PRESET)).toEqual([]);
  });
});
