import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model';
import { GOOGLE_WMT_PRESET, MQM_STANDARD_PRESET, scoreFlags } from '../../mqm';
import { annotationOn } from '../annotations/test-annotations';
import { flagPoints, flagScoring } from './flag-points';
import { scoreReview } from './score-review';

const TEXT = 'One two three four five six seven eight nine ten.';
const flag = (overrides: Partial<Annotation>) => annotationOn(TEXT, 0, 3, { kind: 'flag', ...overrides });

const punctuation = flag({ mqmCategory: 'linguistic-conventions/punctuation', severity: 'minor' });
const omission = flag({ mqmCategory: 'accuracy/omission', severity: 'critical', status: 'fixed' });
const rejected = flag({ mqmCategory: 'style', severity: 'major', status: 'rejected' });
const unrated = flag({ mqmCategory: 'style' });
const uncategorised = flag({ severity: 'major' });

describe('scoreReview', () => {
  it('scores the flags by their MQM category (an Annotation given to scoreFlags as is would lose it)', () => {
    const card = scoreReview([punctuation, punctuation, omission], 1000, GOOGLE_WMT_PRESET);
    expect(card.penalty).toBe(5.2); // 0.1 + 0.1 + critical as major 5
    expect(card.breakdown.map((row) => row.category)).toEqual(['accuracy/omission', 'linguistic-conventions/punctuation']);
    // What the mapping prevents: every flag scored as uncategorised minor 1 / critical 5.
    expect(scoreFlags([punctuation, punctuation, omission], 1000, GOOGLE_WMT_PRESET).penalty).toBe(7);
  });

  it('ignores notes, queries, terms and deleted flags', () => {
    const others = [flag({ kind: 'note', severity: 'major' }), flag({ kind: 'term' }), flag({ severity: 'critical', deletedAt: 1 })];
    const card = scoreReview([...others, omission], 1000, MQM_STANDARD_PRESET);
    expect(card).toMatchObject({ penalty: 10, counted: 1, rejected: 0, unrated: 0 });
  });
});

describe('flagScoring and flagPoints', () => {
  const flags = [punctuation, punctuation, omission, rejected, unrated, uncategorised];
  const card = scoreReview(flags, 1000, GOOGLE_WMT_PRESET);

  it('says why a flag does or does not count, as scoreFlags decides', () => {
    expect(flags.map(flagScoring)).toEqual(['counted', 'counted', 'counted', 'rejected', 'unrated', 'counted']);
    expect(card).toMatchObject({ counted: 4, rejected: 1, unrated: 1 });
  });

  it('gives each counted flag its share of its breakdown cell, and the shares add up to the penalty', () => {
    expect(flags.map((one) => flagPoints(card, one))).toEqual([0.1, 0.1, 5, undefined, undefined, 5]);
    expect(flags.reduce((sum, one) => sum + (flagPoints(card, one) ?? 0), 0)).toBeCloseTo(card.penalty, 9);
  });

  it('has no points for a flag the scorecard does not know', () => {
    expect(flagPoints(card, flag({ mqmCategory: 'terminology', severity: 'minor' }))).toBeUndefined();
  });
});

describe('scoreReview with the MQM 2.0 model options', () => {
  const major = flag({ mqmCategory: 'accuracy/mistranslation', severity: 'major' });

  it('the calibrated model (default) is 100 − points per 1000 words; the raw one 100 × (1 − points / words)', () => {
    // 5 points over 200 words: 25 per 1000.
    expect(scoreReview([major], 200, MQM_STANDARD_PRESET)).toMatchObject({ model: 'calibrated-linear', qualityScore: 75, pass: false, failedBy: 'threshold' });
    expect(scoreReview([major], 200, MQM_STANDARD_PRESET, { model: 'raw-linear' })).toMatchObject({ model: 'raw-linear', qualityScore: 97.5, pass: true, failedBy: null });
    // The raw model is not floored: 40 points over 20 words.
    expect(scoreReview(Array(8).fill(major), 20, MQM_STANDARD_PRESET, { model: 'raw-linear' }).qualityScore).toBe(-100);
  });

  it('any Critical error fails the text when asked, whatever its score', () => {
    const critical = flag({ mqmCategory: 'accuracy/mistranslation', severity: 'critical' });
    expect(scoreReview([critical], 10_000, MQM_STANDARD_PRESET)).toMatchObject({ pass: true, failedBy: null });
    expect(scoreReview([critical], 10_000, MQM_STANDARD_PRESET, { criticalFails: true })).toMatchObject({ qualityScore: 99, pass: false, failedBy: 'critical-error' });
    expect(scoreReview([major], 10_000, MQM_STANDARD_PRESET, { criticalFails: true })).toMatchObject({ pass: true, failedBy: null });
  });
});
