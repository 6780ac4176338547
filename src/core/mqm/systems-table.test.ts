import { describe, expect, it } from 'vitest';
import type { SystemScore } from './segment-score';
import { sortSystemScores, systemsTableCsv } from './systems-table';

const row = (system: string, averagePenalty: number, errors: number, raters = 1): SystemScore => ({
  system,
  segments: 10,
  ratings: 10 * raters,
  errors,
  penalty: averagePenalty * 10 * raters,
  averagePenalty,
  byRater: Array.from({ length: raters }, (_, i) => ({ rater: `r${i}`, ratings: 10, penalty: averagePenalty * 10, averagePenalty })),
});
const rows = [row('metricsystem10', 1.5, 7), row('metricsystem2', 0.9, 9, 2), row('=HYPERLINK("x")', 2.1, 3)];

describe('sortSystemScores', () => {
  it('sorts by any column, either way, names in reading order, without changing its input', () => {
    expect(sortSystemScores(rows, 'averagePenalty').map((r) => r.averagePenalty)).toEqual([0.9, 1.5, 2.1]);
    expect(sortSystemScores(rows, 'errors', 'descending').map((r) => r.errors)).toEqual([9, 7, 3]);
    expect(sortSystemScores(rows, 'system').map((r) => r.system)).toEqual(['=HYPERLINK("x")', 'metricsystem2', 'metricsystem10']);
    expect(sortSystemScores(rows, 'raters', 'descending')[0]!.system).toBe('metricsystem2');
    expect(rows[0]!.system).toBe('metricsystem10');
  });

  it('breaks ties by average penalty, then name', () => {
    const tied = [row('B', 2, 5), row('A', 2, 5), row('C', 1, 5)];
    expect(sortSystemScores(tied, 'errors').map((r) => r.system)).toEqual(['C', 'A', 'B']);
  });
});

describe('systemsTableCsv', () => {
  it('writes a header and one row per system in the given order, with the spreadsheet-cell rule on names', () => {
    expect(systemsTableCsv(sortSystemScores(rows, 'averagePenalty'), { byteOrderMark: false }).split('\r\n')).toEqual([
      'system,mqm_average_penalty_per_segment_per_rater,segments,ratings,raters,errors,penalty_total',
      'metricsystem2,0.9,10,20,2,9,18',
      'metricsystem10,1.5,10,10,1,7,15',
      `"'=HYPERLINK(""x"")",2.1,10,10,1,3,21`,
      '',
    ]);
    expect(systemsTableCsv(rows).startsWith('\uFEFF')).toBe(true);
  });
});
