import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOOGLE_WMT_PRESET, MQM_CORE_PRESET, MQM_STANDARD_PRESET } from './presets';
import { CALIBRATED_LINEAR_MODEL, RAW_LINEAR_MODEL, modelQualityScore, scoreWithModel, type ScoringModel } from './scoring-models';
import { scoreFlags, type ScoredFlag } from './score';

const flag = (severity: ScoredFlag['severity'], category = 'accuracy/mistranslation'): ScoredFlag => ({ category, severity, status: 'open' });
const words = { source: 1000, target: 1250 };

describe('raw linear model: QS = MSV × (1 − APT / EWC)', () => {
  it('derived by hand from the formula: 10 Minor errors in 1000 source words → APT 10, PWPT 0.01, NPT 10, QS 99', () => {
    // Worked by hand (not a published figure): 10 × 1 = 10; 10 / 1000 = 0.01; 0.01 × 1000 = 10; 100 × 0.99 = 99.
    const card = scoreWithModel(Array(10).fill(flag('minor')), words, { model: RAW_LINEAR_MODEL });
    expect(card).toMatchObject({
      model: 'raw-linear',
      presetId: 'mqm-core',
      basis: 'source',
      evaluationWordCount: 1000,
      referenceWordCount: 1000,
      maximumScore: 100,
      absolutePenaltyTotal: 10,
      perWordPenaltyTotal: 0.01,
      normedPenaltyTotal: 10,
      qualityScore: 99,
      passingThreshold: 99,
      pass: true,
      failedBy: null,
      scalingFactor: null,
    });
  });

  it('counts target words when asked, and says so', () => {
    // By hand: MQM Core 1 Major (5) + 1 Critical (25) = 30 over 1250 target words → 100 × (1 − 0.024) = 97.6.
    const card = scoreWithModel([flag('major'), flag('critical')], words, { model: RAW_LINEAR_MODEL, basis: 'target' });
    expect(card).toMatchObject({ basis: 'target', evaluationWordCount: 1250, absolutePenaltyTotal: 30, normedPenaltyTotal: 24, qualityScore: 97.6, pass: false, failedBy: 'threshold' });
  });
});

describe('calibrated linear model: QS = MSV − NPT × (MSV − PT) / APP', () => {
  it('derived by hand: PT 95 at APP 10 (SF 0.5), 30 points over 2000 words → NPT 15, QS 92.5, fails', () => {
    const model: ScoringModel = { kind: 'calibrated-linear', referenceWordCount: 1000, maximumScore: 100, passingThreshold: 95, acceptablePenaltyPoints: 10 };
    // 6 Major × 5 = 30; 30 / 2000 × 1000 = 15; SF = (100 − 95) / 10 = 0.5; 100 − 15 × 0.5 = 92.5.
    const card = scoreWithModel(Array(6).fill(flag('major')), { source: 2000, target: 2100 }, { model });
    expect(card).toMatchObject({ scalingFactor: 0.5, acceptablePenaltyPoints: 10, normedPenaltyTotal: 15, qualityScore: 92.5, pass: false, failedBy: 'threshold' });
    // Exactly APP normed points land on the threshold, and pass.
    expect(modelQualityScore(model, 20, 2000)).toBe(95);
  });

  it('with SF 1 and RWC 1000 it is today’s score: TQAuditor’s published worked example, 12.34 points over 1500 and 1749 words', () => {
    // wiki.tqauditor.com, "Quality score formula" (v3.0, "similar to MQM score formula"):
    // 100 − (12.34 / 1500 × 1000) = 91.77 and 100 − (12.34 / 1749 × 1000) = 92.94.
    expect(modelQualityScore(CALIBRATED_LINEAR_MODEL, 12.34, 1500).toFixed(2)).toBe('91.77');
    expect(modelQualityScore(CALIBRATED_LINEAR_MODEL, 12.34, 1749).toFixed(2)).toBe('92.94');
  });

  it('equals score.ts’s qualityScore (floored at 0) for any flags, words and preset', () => {
    const severity = fc.constantFrom('neutral', 'minor', 'major', 'critical', null) as fc.Arbitrary<ScoredFlag['severity']>;
    const category = fc.constantFrom('accuracy/omission', 'linguistic-conventions/punctuation', 'non-translation', 'source-error', 'style');
    const status = fc.constantFrom('open', 'accepted', 'rejected', 'fixed') as fc.Arbitrary<ScoredFlag['status']>;
    const flags = fc.array(fc.record({ category, severity, status }), { maxLength: 30 });
    fc.assert(
      fc.property(flags, fc.integer({ min: 0, max: 50_000 }), fc.constantFrom(GOOGLE_WMT_PRESET, MQM_STANDARD_PRESET, MQM_CORE_PRESET), (list, count, preset) => {
        const today = scoreFlags(list, count, preset).qualityScore;
        const model = scoreWithModel(list, { source: count, target: count }, { model: CALIBRATED_LINEAR_MODEL, preset }).qualityScore;
        expect(today).toBeCloseTo(Math.max(0, model), 4);
      }),
    );
  });
});

describe('presets and the Critical rule', () => {
  it('MQM Core multipliers by default (Neutral 0, Minor 1, Major 5, Critical 25); the WMT preset kept', () => {
    const flags = [flag('neutral'), flag('minor'), flag('major'), flag('critical')];
    expect(scoreWithModel(flags, words, { model: RAW_LINEAR_MODEL }).absolutePenaltyTotal).toBe(31);
    expect(scoreWithModel(flags, words, { model: RAW_LINEAR_MODEL, preset: GOOGLE_WMT_PRESET })).toMatchObject({ presetId: 'google-wmt', absolutePenaltyTotal: 11 });
  });

  it('any Critical error fails when the option is on, whatever the score', () => {
    const one = [flag('critical')];
    const big = { source: 100_000, target: 100_000 };
    expect(scoreWithModel(one, big, { model: RAW_LINEAR_MODEL })).toMatchObject({ criticalErrors: 1, pass: true, failedBy: null });
    expect(scoreWithModel(one, big, { model: RAW_LINEAR_MODEL, criticalFails: true })).toMatchObject({ criticalFails: true, pass: false, failedBy: 'critical-error' });
    // A rejected Critical is no error, so it fails nothing.
    expect(scoreWithModel([{ ...flag('critical'), status: 'rejected' }], big, { model: RAW_LINEAR_MODEL, criticalFails: true }).pass).toBe(true);
  });

  it('does not floor the score: a very bad text scores below 0, as the formulas say', () => {
    expect(scoreWithModel(Array(10).fill(flag('critical')), { source: 100, target: 100 }, { model: RAW_LINEAR_MODEL }).qualityScore).toBe(-150);
  });
});
