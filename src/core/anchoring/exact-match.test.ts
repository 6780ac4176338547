import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestExact } from './exact-match';
import { resolveContext } from './match-quote';
import { findOccurrences } from './occurrences';
import { confidenceOf, proximity, scoreOf } from './scoring';
import { text } from './test-arbitraries';
import { ARTICLE, affixReference, nth } from './test-fixtures';

describe('bestExact', () => {
  it('says whether the whole text held the quote once', () => {
    const once = bestExact(ARTICLE, 'double growth', resolveContext(ARTICLE, {}));
    expect(once).toMatchObject({ unique: true, match: nth(ARTICLE, 'double growth') });
    expect(bestExact(ARTICLE, 'Longgang', resolveContext(ARTICLE, {}))?.unique).toBe(false);
    expect(bestExact(ARTICLE, 'Wenzhou', resolveContext(ARTICLE, {}))).toBeNull();
  });

  it('ranks exactly as measuring every occurrence would (up to ties)', () => {
    const input = fc.record({
      text: text.filter((t) => t.length > 0),
      quoteAt: fc.nat(),
      quoteLength: fc.integer({ min: 1, max: 3 }),
      prefix: fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'the '), maxLength: 8 }),
      suffix: fc.string({ unit: fc.constantFrom('a', 'c', ' ', 'plan '), maxLength: 8 }),
      hint: fc.option(fc.nat(60), { nil: undefined }),
    });
    fc.assert(
      fc.property(input, ({ text: t, quoteAt, quoteLength, prefix, suffix, hint }) => {
        const start = quoteAt % t.length;
        const quote = t.slice(start, start + quoteLength);
        const context = resolveContext(t, { prefix, suffix, hint });
        const measured = findOccurrences(t, quote).map((at) => {
          const distance =
            affixReference(prefix, t, at, true) + affixReference(suffix, t, at + quote.length, false);
          const similarity = prefix.length + suffix.length === 0 ? 1 : 1 - distance / (prefix.length + suffix.length);
          return scoreOf(confidenceOf(1, similarity), proximity(at, context.hint, t.length));
        });
        const found = bestExact(t, quote, context);
        expect(found?.match.score).toBeCloseTo(Math.max(...measured), 12);
        expect(t.slice(found?.match.start, found?.match.end)).toBe(quote);
      }),
      { numRuns: 200 },
    );
  });

  it('still finds the right one among hundreds of occurrences of a common word', () => {
    const minutes = Array.from(
      { length: 300 },
      (_, i) =>
        `The provincial government of district ${10000 + ((i * 7919) % 90000)} ` +
        `reviewed the plan of the year ${1700 + i}.`,
    ).join('\n');
    // Far more than are measured one by one (64).
    expect(findOccurrences(minutes, 'the').length).toBeGreaterThanOrEqual(600);
    const target = nth(minutes, 'the', 2 * 150);
    const prefix = minutes.slice(target.start - 32, target.start);
    const suffix = minutes.slice(target.end, target.end + 32);
    // Far from the hint, and the very next character changed (a re-import turned the space
    // into a no-break space), so no characters right after it agree any more.
    const edited = `${minutes.slice(0, target.end)}\u00a0${minutes.slice(target.end + 1)}`;
    const found = bestExact(edited, 'the', { prefix, suffix, hint: 0 });
    expect(found?.match.start).toBe(target.start);
    expect(found?.match.contextSimilarity).toBeLessThan(1);
  });
});
