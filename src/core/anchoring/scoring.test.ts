import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NEEDS_CHECK_BELOW,
  ORPHAN_BELOW,
  confidenceOf,
  contextBudget,
  contextDistance,
  contextSimilarityOf,
  maxErrorsFor,
  proximity,
  scoreOf,
} from './scoring';

describe('scoring', () => {
  it('gives confidence 1 only to the exact words in intact surroundings', () => {
    expect(confidenceOf(1, 1)).toBe(1);
    expect(confidenceOf(1, 0.99)).toBeLessThan(1);
    expect(confidenceOf(0.99, 1)).toBeLessThan(1);
  });

  it('never makes an orphan of the exact words, and flags them only when most context is gone', () => {
    expect(confidenceOf(1, 0)).toBeGreaterThanOrEqual(ORPHAN_BELOW);
    expect(confidenceOf(1, 0.5)).toBeGreaterThanOrEqual(NEEDS_CHECK_BELOW);
    expect(confidenceOf(1, 0.45)).toBeLessThan(NEEDS_CHECK_BELOW);
  });

  it('bounds the errors searched for at half the quote, and at most 256', () => {
    expect(maxErrorsFor(1)).toBe(0);
    expect(maxErrorsFor(13)).toBe(6);
    expect(maxErrorsFor(10_000)).toBe(256);
  });

  it('measures nearness to the hint in 0..1, and treats no hint as no information', () => {
    expect(proximity(50, 50, 100)).toBe(1);
    expect(proximity(0, 100, 100)).toBeGreaterThan(0);
    expect(proximity(40, 50, 100)).toBeGreaterThan(proximity(30, 50, 100));
    expect(proximity(7, undefined, 100)).toBe(1);
  });

  it('weighs each recorded context character once; no recorded context cannot disagree', () => {
    const text = 'the “double growth” of Zhejiang';
    const start = text.indexOf('double');
    const end = start + 'double growth'.length;
    expect(contextDistance(text, start, end, 'the “', '” of')).toBe(0);
    expect(contextDistance(text, start, end, 'the “', '” in')).toBe(2);
    expect(contextSimilarityOf(2, 'the “', '” in')).toBeCloseTo(1 - 2 / 9);
    expect(contextSimilarityOf(0, '', '')).toBe(1);
  });

  it('never budgets away a candidate that could have won', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 80 }),
        fc.nat(80),
        (bestScore, quoteSimilarity, nearness, contextLength, rawDistance) => {
          const distance = Math.min(rawDistance, contextLength);
          const budget = contextBudget(bestScore, quoteSimilarity, nearness, contextLength);
          const score = scoreOf(confidenceOf(quoteSimilarity, 1 - distance / contextLength), nearness);
          if (distance > budget) expect(score).toBeLessThanOrEqual(bestScore + 1e-12);
        },
      ),
      { numRuns: 500 },
    );
  });
});
