import { describe, expect, it } from 'vitest';
import { ARTICLE, nth } from './test-fixtures';
import { describeRange } from './describe';
import { matchQuote } from './match-quote';

/** The quote selector's context of the n-th occurrence, as describeRange records it. */
function contextOf(text: string, quote: string, n = 0) {
  const { start, end } = nth(text, quote, n);
  const { prefix, suffix } = describeRange(text, start, end).quote;
  return { prefix, suffix, hint: start };
}

describe('matchQuote: exact occurrences', () => {
  it('finds a unique quote with a perfect score when context and hint agree', () => {
    const quote = 'superministerial + plan system';
    const match = matchQuote(ARTICLE, quote, contextOf(ARTICLE, quote));
    expect(match).toMatchObject({ ...nth(ARTICLE, quote), score: 1, errors: 0, contextSimilarity: 1 });
  });

  it('tells repeated quotes apart by their context, even with the hint on another one', () => {
    const quote = 'The meeting noted that';
    const { prefix, suffix } = contextOf(ARTICLE, quote, 1);
    const match = matchQuote(ARTICLE, quote, { prefix, suffix, hint: nth(ARTICLE, quote, 0).start });
    expect(match).toMatchObject(nth(ARTICLE, quote, 1));
  });

  it('tells repeated quotes with identical context apart by the position hint', () => {
    const twice = `${ARTICLE}\n\n${ARTICLE}`;
    const quote = 'superministerial + plan system';
    const { prefix, suffix } = contextOf(twice, quote, 0);
    expect(contextOf(twice, quote, 1)).toMatchObject({ prefix, suffix });
    const second = nth(twice, quote, 1);
    expect(matchQuote(twice, quote, { prefix, suffix, hint: second.start - 5 })).toMatchObject(second);
    expect(matchQuote(twice, quote, { prefix, suffix, hint: 0 })).toMatchObject(nth(twice, quote, 0));
  });

  it('takes the first occurrence when there is neither context nor hint', () => {
    expect(matchQuote(ARTICLE, 'Longgang')).toMatchObject({ ...nth(ARTICLE, 'Longgang'), score: 1 });
  });

  it('scores an occurrence in changed surroundings below 1', () => {
    const quote = 'driving nails';
    const context = contextOf(ARTICLE, quote);
    const edited = ARTICLE.replace('in the spirit of driving nails.', 'by driving nails, step by step.');
    const match = matchQuote(edited, quote, context);
    expect(match).toMatchObject(nth(edited, quote));
    expect(match?.score).toBeLessThan(1);
    expect(match?.contextSimilarity).toBeLessThan(1);
  });
});

describe('matchQuote: approximate occurrences', () => {
  it('finds an edited quote, with its errors counted and a score below 1', () => {
    const quote = 'superministerial + plan system';
    const context = contextOf(ARTICLE, quote);
    const edited = ARTICLE.replace(quote, 'super-ministerial + plan system');
    const match = matchQuote(edited, quote, context);
    expect(match).toMatchObject({ ...nth(edited, 'super-ministerial + plan system'), errors: 1 });
    expect(match?.score).toBeGreaterThan(0.9);
    expect(match?.score).toBeLessThan(1);
  });

  it('prefers the edited original near its old context over a chance near-miss', () => {
    const quote = 'Zheng Zhajie presided';
    const context = contextOf(ARTICLE, quote);
    const edited = ARTICLE.replace(quote, 'Zheng Shajie presided');
    expect(matchQuote(edited, quote, context)).toMatchObject(nth(edited, 'Zheng Shajie presided'));
  });

  it('respects maxErrors: 0 means exact only', () => {
    expect(matchQuote(ARTICLE, 'Zheng Zhajei', {}, 0)).toBeNull();
    const match = matchQuote(ARTICLE, 'Zheng Zhajei', {}, 2);
    // "Zheng Zhaji" (in "Zhajie") is one deletion away; the whole name would be two edits.
    expect(match && ARTICLE.slice(match.start, match.end)).toBe('Zheng Zhaji');
    expect(match?.errors).toBe(1);
  });

  it('returns null for an empty quote or a quote with nothing close', () => {
    expect(matchQuote(ARTICLE, '')).toBeNull();
    expect(matchQuote('', 'Longgang')).toBeNull();
    expect(matchQuote(ARTICLE, 'quantum chromodynamics', {}, 3)).toBeNull();
  });

  it('never ranks outside 0..1, whatever the hint', () => {
    for (const hint of [-50, 0, 17.5, ARTICLE.length * 3, Number.NaN, Number.POSITIVE_INFINITY]) {
      const match = matchQuote(ARTICLE, 'Zheng Zhajie chaired', { hint });
      expect(match?.score).toBeGreaterThan(0);
      expect(match?.score).toBeLessThanOrEqual(1);
    }
  });
});
