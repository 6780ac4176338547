import { describe, expect, it } from 'vitest';
import { GOOGLE_WMT_PRESET, MQM_STANDARD_PRESET, customPresetFrom } from './presets';
import { resolveReviewPreset } from './preset-choice';

describe('resolveReviewPreset', () => {
  it('maps the choice to the built-in presets', () => {
    expect(resolveReviewPreset('wmt', null)).toEqual({ preset: GOOGLE_WMT_PRESET, problems: [] });
    expect(resolveReviewPreset('mqm', { id: 'ignored' })).toEqual({ preset: MQM_STANDARD_PRESET, problems: [] });
  });

  it('uses a valid custom preset, and MQM standard with the reasons when the custom one is invalid', () => {
    const custom = customPresetFrom(MQM_STANDARD_PRESET, 'client-x', 'Client X');
    expect(resolveReviewPreset('custom', JSON.parse(JSON.stringify(custom)))).toEqual({ preset: custom, problems: [] });

    const invalid = resolveReviewPreset('custom', { ...custom, severityWeights: { ...custom.severityWeights, minor: -1 } });
    expect(invalid.preset).toBe(MQM_STANDARD_PRESET);
    expect(invalid.problems.join('\n')).toContain('severityWeights.minor');
    expect(resolveReviewPreset('custom', null).problems).not.toEqual([]);
  });
});
