import { describe, expect, it } from 'vitest';
import { GOOGLE_WMT_PRESET, MQM_STANDARD_PRESET, parsePreset } from './presets';
import { DEFAULT_PASS_THRESHOLD, countsTowardScore, scoreFlags, verdictLabel, verdictOf, type ScoredFlag } from './score';

// One of every interesting case; the comments give each flag's points under WMT / MQM standard.
const flags: ScoredFlag[] = [
  { category: 'accuracy/mistranslation', severity: 'major', status: 'open' }, //       5 / 5
  { category: 'accuracy/omission', severity: 'minor', status: 'accepted' }, //         1 / 1
  { category: 'linguistic-conventions/punctuation', severity: 'minor', status: 'fixed' }, // 0.1 / 1
  { category: 'linguistic-conventions/punctuation', severity: 'major', status: 'open' }, //  5 / 5
  { category: 'non-translation', severity: 'minor', status: 'open' }, //               25 / 1
  { category: 'style', severity: 'critical', status: 'resolved' }, //                   5 / 10
  { category: 'terminology', severity: 'neutral', status: 'open' }, //                  0 / 0
  { category: 'source-error', severity: 'major', status: 'open' }, //                   0 / 0
  { category: 'accuracy/addition', severity: 'major', status: 'rejected' }, //         not counted
  { category: 'style', severity: null, status: 'open' }, //                            unrated
];

describe('scoreFlags', () => {
  it('Google WMT: 41.1 points over 2000 words → 20.55 per 1000, score 79.45', () => {
    const card = scoreFlags(flags, 2000, GOOGLE_WMT_PRESET);
    expect(card.penalty).toBe(41.1);
    expect(card.penaltyPer1000Words).toBe(20.55);
    expect(card.qualityScore).toBe(79.45);
    expect(card.threshold).toBe(DEFAULT_PASS_THRESHOLD);
    expect(card.pass).toBe(false);
    expect(card.counted).toBe(8);
    expect(card.rejected).toBe(1);
    expect(card.unrated).toBe(1);
    expect(scoreFlags(flags, 2000, GOOGLE_WMT_PRESET, { threshold: 79.45 }).pass).toBe(true);
  });

  it('MQM standard: 23 points over 2000 words → 11.5 per 1000, score 88.5', () => {
    const card = scoreFlags(flags, 2000, MQM_STANDARD_PRESET, { threshold: 85 });
    expect(card.penalty).toBe(23);
    expect(card.penaltyPer1000Words).toBe(11.5);
    expect(card.qualityScore).toBe(88.5);
    expect(card.pass).toBe(true);
  });

  it('custom: severity weights × most specific multiplier, 21 points over 500 words → score 58', () => {
    const parsed = parsePreset({
      id: 'custom',
      label: 'Custom',
      severityWeights: { neutral: 0, minor: 2, major: 4, critical: 8 },
      categoryMultipliers: { accuracy: 2, 'accuracy/omission': 0.5, style: 0 },
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    // 8 + 1 + 2 + 4 + 2 + 0 + 0 + 4 (no source-error multiplier in this preset)
    const card = scoreFlags(flags, 500, parsed.preset);
    expect(card.penalty).toBe(21);
    expect(card.penaltyPer1000Words).toBe(42);
    expect(card.qualityScore).toBe(58);
  });

  it('breaks the penalty down by category × severity in typology order', () => {
    const card = scoreFlags(flags, 2000, GOOGLE_WMT_PRESET);
    expect(card.breakdown).toEqual([
      { category: 'terminology', severity: 'neutral', count: 1, points: 0 },
      { category: 'accuracy/mistranslation', severity: 'major', count: 1, points: 5 },
      { category: 'accuracy/omission', severity: 'minor', count: 1, points: 1 },
      { category: 'linguistic-conventions/punctuation', severity: 'minor', count: 1, points: 0.1 },
      { category: 'linguistic-conventions/punctuation', severity: 'major', count: 1, points: 5 },
      { category: 'style', severity: 'critical', count: 1, points: 5 },
      { category: 'non-translation', severity: 'minor', count: 1, points: 25 },
      { category: 'source-error', severity: 'major', count: 1, points: 0 },
    ]);
    const summed = card.breakdown.reduce((sum, row) => sum + row.points, 0);
    expect(summed).toBeCloseTo(card.penalty, 9);
  });

  it('adds cells up without floating-point noise (3 × 0.1 = 0.3)', () => {
    const punct: ScoredFlag = { category: 'linguistic-conventions/punctuation', severity: 'minor', status: 'open' };
    const card = scoreFlags([punct, punct, punct], 1000, GOOGLE_WMT_PRESET);
    expect(card.penalty).toBe(0.3);
    expect(card.breakdown).toEqual([{ category: 'linguistic-conventions/punctuation', severity: 'minor', count: 3, points: 0.3 }]);
    expect(card.qualityScore).toBe(99.7);
  });

  it('counts every status but rejected', () => {
    expect(['open', 'accepted', 'fixed', 'resolved'].every((s) => countsTowardScore(s as never))).toBe(true);
    expect(countsTowardScore('rejected')).toBe(false);
  });

  it('floors the quality score at 0 and survives an empty document', () => {
    expect(scoreFlags(flags, 10, GOOGLE_WMT_PRESET).qualityScore).toBe(0);
    const empty = scoreFlags([], 0, GOOGLE_WMT_PRESET);
    expect(empty).toMatchObject({ penalty: 0, penaltyPer1000Words: 0, qualityScore: 100, pass: true, breakdown: [] });
    // No words but a flag: normalised as one word, finite.
    expect(scoreFlags([flags[0]!], 0, GOOGLE_WMT_PRESET).penaltyPer1000Words).toBe(5000);
  });

  it('WMT counts non-translation once per segment when flags carry a segment', () => {
    const nt = (segmentId?: string): ScoredFlag => ({ category: 'non-translation', severity: 'major', status: 'open', segmentId });
    expect(scoreFlags([nt('s1'), nt('s1')], 1000, GOOGLE_WMT_PRESET).penalty).toBe(25);
    expect(scoreFlags([nt('s1'), nt('s2')], 1000, GOOGLE_WMT_PRESET).penalty).toBe(50);
    expect(scoreFlags([nt(), nt()], 1000, GOOGLE_WMT_PRESET).penalty).toBe(50);
    expect(scoreFlags([nt('s1'), nt('s1')], 1000, MQM_STANDARD_PRESET).penalty).toBe(10);
  });

  it('scores a flag without a category with multiplier 1 under "uncategorised"', () => {
    const card = scoreFlags([{ severity: 'major', status: 'open' }], 1000, MQM_STANDARD_PRESET);
    expect(card.penalty).toBe(5);
    expect(card.breakdown).toEqual([{ category: 'uncategorised', severity: 'major', count: 1, points: 5 }]);
  });
});

describe('verdictOf and verdictLabel', () => {
  it('gives no PASS while a flag is unrated, but a FAIL stands', () => {
    expect(verdictOf({ pass: true, unrated: 0 })).toBe('pass');
    expect(verdictLabel({ pass: true, unrated: 0 })).toBe('PASS');
    expect(verdictOf({ pass: true, unrated: 2 })).toBe('unrated');
    expect(verdictLabel({ pass: true, unrated: 1 })).toBe('1 unrated flag');
    expect(verdictLabel({ pass: true, unrated: 2 })).toBe('2 unrated flags');
    expect(verdictOf({ pass: false, unrated: 2 })).toBe('fail');
    expect(verdictLabel({ pass: false, unrated: 0 })).toBe('FAIL');
  });
});
