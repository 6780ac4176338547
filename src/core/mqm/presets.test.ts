import { describe, expect, it } from 'vitest';
import { BUILT_IN_PRESETS, GOOGLE_WMT_PRESET, MQM_STANDARD_PRESET, customPresetFrom, getBuiltInPreset, parsePreset } from './presets';
import { pointsFor } from './points';

describe('built-in presets', () => {
  it('are valid under their own schema and round-trip through JSON', () => {
    for (const preset of BUILT_IN_PRESETS) {
      const parsed = parsePreset(JSON.parse(JSON.stringify(preset)));
      expect(parsed).toEqual({ ok: true, preset });
    }
    expect(getBuiltInPreset('google-wmt')).toBe(GOOGLE_WMT_PRESET);
    expect(getBuiltInPreset('nope')).toBeUndefined();
  });

  it('Google WMT: minor 1, major 5, critical as major, minor punctuation 0.1, non-translation 25, neutral 0', () => {
    const p = GOOGLE_WMT_PRESET;
    expect(pointsFor(p, 'accuracy/mistranslation', 'minor')).toBe(1);
    expect(pointsFor(p, 'accuracy/mistranslation', 'major')).toBe(5);
    expect(pointsFor(p, 'accuracy/mistranslation', 'critical')).toBe(5);
    expect(pointsFor(p, 'accuracy/mistranslation', 'neutral')).toBe(0);
    expect(pointsFor(p, 'linguistic-conventions/punctuation', 'minor')).toBe(0.1);
    expect(pointsFor(p, 'linguistic-conventions/punctuation', 'major')).toBe(5);
    expect(pointsFor(p, 'linguistic-conventions/grammar', 'minor')).toBe(1);
    expect(pointsFor(p, 'non-translation', 'major')).toBe(25);
    expect(pointsFor(p, 'non-translation', 'minor')).toBe(25);
    expect(pointsFor(p, 'non-translation', 'neutral')).toBe(0);
    expect(pointsFor(p, 'source-error', 'major')).toBe(0);
    expect(pointsFor(p, undefined, 'major')).toBe(5);
    expect(pointsFor(p, 'not-a-category', 'minor')).toBe(1);
  });

  it('MQM standard: neutral 0, minor 1, major 5, critical 10 in every category', () => {
    const p = MQM_STANDARD_PRESET;
    expect(pointsFor(p, 'style', 'neutral')).toBe(0);
    expect(pointsFor(p, 'style', 'minor')).toBe(1);
    expect(pointsFor(p, 'linguistic-conventions/punctuation', 'minor')).toBe(1);
    expect(pointsFor(p, 'non-translation', 'major')).toBe(5);
    expect(pointsFor(p, 'accuracy/omission', 'critical')).toBe(10);
    expect(pointsFor(p, 'source-error', 'critical')).toBe(0);
  });
});

describe('custom presets', () => {
  const custom = {
    id: 'client-x',
    label: 'Client X',
    severityWeights: { neutral: 0, minor: 2, major: 4, critical: 8 },
    categoryMultipliers: { accuracy: 2, 'accuracy/omission': 0.5, style: 0 },
    overrides: [{ category: 'terminology', severity: 'major', points: 7 }],
  };

  it('fills defaults and multiplies severity weight by the most specific multiplier', () => {
    const parsed = parsePreset(custom);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const p = parsed.preset;
    expect(p.description).toBe('');
    expect(p.oncePerSegment).toEqual([]);
    expect(pointsFor(p, 'accuracy/mistranslation', 'major')).toBe(8); // 4 × accuracy 2
    expect(pointsFor(p, 'accuracy/omission', 'minor')).toBe(1); // 2 × own 0.5, not the dimension's 2
    expect(pointsFor(p, 'style', 'critical')).toBe(0);
    expect(pointsFor(p, 'linguistic-conventions/grammar', 'minor')).toBe(2); // no multiplier → 1
    expect(pointsFor(p, 'terminology', 'major')).toBe(7); // override
    expect(pointsFor(p, 'terminology', 'minor')).toBe(2); // override is for major only
  });

  it.each([
    ['a negative weight', { ...custom, severityWeights: { ...custom.severityWeights, minor: -1 } }, 'severityWeights.minor'],
    ['a missing severity', { ...custom, severityWeights: { neutral: 0, minor: 1, major: 5 } }, 'severityWeights.critical'],
    ['an unknown category', { ...custom, categoryMultipliers: { fluency: 2 } }, 'categoryMultipliers'],
    ['an unknown override severity', { ...custom, overrides: [{ category: 'style', severity: 'huge', points: 1 }] }, 'overrides.0.severity'],
    ['an unexpected key', { ...custom, weights: {} }, 'preset'],
    ['no id', { ...custom, id: '' }, 'id'],
    ['not an object', 'google-wmt', 'preset'],
  ])('rejects %s with a message naming the field', (_what, input, field) => {
    const parsed = parsePreset(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toContain(field);
  });

  it('can start from a built-in preset without sharing its objects', () => {
    const copy = customPresetFrom(GOOGLE_WMT_PRESET, 'mine', 'Mine');
    copy.severityWeights.minor = 3;
    copy.overrides[0]!.points = 1;
    expect(GOOGLE_WMT_PRESET.severityWeights.minor).toBe(1);
    expect(GOOGLE_WMT_PRESET.overrides[0]!.points).toBe(0.1);
    expect(parsePreset(copy).ok).toBe(true);
  });
});
