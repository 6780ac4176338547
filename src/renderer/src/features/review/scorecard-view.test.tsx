// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GOOGLE_WMT_PRESET, scoreFlags } from '@core/mqm';
import { ScorecardView } from './scorecard-view';

afterEach(cleanup);

describe('the scorecard', () => {
  it('names the scoring model and the counts the score came from', () => {
    const scorecard = scoreFlags([{ status: 'open', severity: 'major', category: 'accuracy' }], 2500, GOOGLE_WMT_PRESET);
    render(<ScorecardView scorecard={scorecard} presetLabel="Google WMT" />);
    expect(screen.getByTestId('score-model').textContent).toMatch(/calibrated linear model: 100 − penalty points per 1000 words .*over 2,500 target words/);
    // 5 points over 2,500 words: 2 per 1000, so 98.
    expect(screen.getByTestId('quality-score').textContent).toBe('98.0');
  });
});
