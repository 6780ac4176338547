import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pluralForms } from './inflection';
import { compileTermMatcher, type TermPattern } from './matcher';
import { termTokens } from './term-key';

const patternsOf = (texts: readonly string[]): TermPattern[] => texts.map((text, index) => ({ termId: `t${index}`, text, kind: 'target' }));

/** [quote, pattern indices] of every occurrence. */
function find(texts: readonly string[], text: string): Array<[string, number[]]> {
  return compileTermMatcher(patternsOf(texts))
    .match(text)
    .map((occurrence) => [text.slice(occurrence.start, occurrence.end), [...occurrence.patterns]]);
}
const quotes = (texts: readonly string[], text: string): string[] => find(texts, text).map(([quote]) => quote);

describe('compileTermMatcher', () => {
  it('finds terms case-insensitively, as whole words, with UTF-16 offsets', () => {
    const text = 'The Double Growth of DOUBLE GROWTH, and double growth.';
    const occurrences = compileTermMatcher(patternsOf(['double growth'])).match(text);
    expect(occurrences.map(({ start, end }) => [start, end])).toEqual([
      [4, 17],
      [21, 34],
      [40, 53],
    ]);
    expect(quotes(['plan'], 'planning, planned, airplane, plane, planet and a plan')).toEqual(['plan']);
    expect(quotes(['plan'], 'planning')).toEqual([]);
  });

  it('matches a term with symbols only with its symbols', () => {
    const terms = ['superministerial + plan system'];
    expect(quotes(terms, 'the “superministerial + plan system” and a superministerial plan system')).toEqual(['superministerial + plan system']);
    expect(quotes(terms, 'a superministerial+plan  system')).toEqual(['superministerial+plan  system']);
    expect(quotes(['U.S.'], 'the U.S. and the US')).toEqual(['U.S.']);
  });

  it('lets spaces and tabs, but never a line break, separate the words of a phrase', () => {
    expect(quotes(['double growth'], 'double \t  growth')).toEqual(['double \t  growth']);
    expect(quotes(['double growth'], 'double\ngrowth, double\r\ngrowth, double\n\ngrowth, double\u2028growth')).toEqual([]);
    expect(quotes(['double growth'], 'double\u00a0growth')).toEqual(['double\u00a0growth']);
  });

  it('folds curly quotes, dashes and Unicode composition on both sides', () => {
    expect(quotes(['people’s congress'], "the People's Congress")).toEqual(["People's Congress"]);
    expect(quotes(["people's congress"], 'the People’s Congress')).toEqual(['People’s Congress']);
    expect(quotes(['super-ministry system'], 'a super‑ministry system, a super–ministry system')).toEqual(['super‑ministry system', 'super–ministry system']);
    expect(quotes(['Zh\u00e8ng Zh\u00e0ji\u00e9'], 'Governor ZHE\u0300NG Zhàjié')).toEqual(['ZHE\u0300NG Zhàjié']);
    expect(quotes(['超部制'], '推行超部制改革')).toEqual([]);
    expect(quotes(['超部制改革'], '推行 超部制改革')).toEqual(['超部制改革']);
  });

  it('takes the longest phrase at a position, leftmost first, never overlapping', () => {
    const terms = ['action', 'action plan', 'plan', 'plan system', 'five-year plan'];
    expect(find(terms, 'the action plan system')).toEqual([['action plan', [1]]]);
    expect(quotes(terms, 'an action; a plan system; the five-year plan; plan')).toEqual(['action', 'plan system', 'five-year plan', 'plan']);
  });

  it('reports every pattern of the same phrase, and ignores empty ones', () => {
    const matcher = compileTermMatcher(patternsOf(['Plan', ' ', '', 'plan ', 'action  PLAN', 'action plan']));
    expect(matcher.size).toBe(2);
    expect(matcher.match('a plan and an Action Plan').map((occurrence) => occurrence.patterns)).toEqual([
      [0, 3],
      [4, 5],
    ]);
    expect(compileTermMatcher([]).match('anything')).toEqual([]);
    expect(compileTermMatcher(patternsOf(['', '  \n'])).size).toBe(0);
  });

  it('matches the plural of the last word: s, es, ies', () => {
    expect(quotes(['action plan'], 'two action plans and an action plan')).toEqual(['action plans', 'action plan']);
    expect(quotes(['tax', 'policy', 'church', 'potato', 'day'], 'taxes, policies, churches, potatoes, potatos, days')).toEqual([
      'taxes',
      'policies',
      'churches',
      'potatoes',
      'potatos',
      'days',
    ]);
    expect(quotes(['State-owned enterprise'], 'State-Owned Enterprises')).toEqual(['State-Owned Enterprises']);
    expect(quotes(['SOE'], 'the SOEs and SOES')).toEqual(['SOEs', 'SOES']);
    expect(quotes(['naïve reader', 'Zhèng family'], 'naïve readers, Zhèng families')).toEqual(['naïve readers', 'Zhèng families']);
  });

  it('leaves a possessive ending outside the occurrence', () => {
    expect(quotes(['State Council'], 'the State Council’s decision and the State Council\'s plan')).toEqual(['State Council', 'State Council']);
    expect(quotes(['ministry'], 'the ministries’ plans and the ministry’s')).toEqual(['ministries', 'ministry']);
    expect(quotes(["people's congress"], "the people's congress's session")).toEqual(["people's congress"]);
  });

  it('does not turn short or inner words into silly plurals', () => {
    expect(quotes(['a', 'it', 'hi', 'us'], 'as its his uses')).toEqual([]);
    expect(quotes(['plan a'], 'plan as')).toEqual([]);
    expect(quotes(['action plan'], 'actions plan, actions plans')).toEqual([]);
    expect(quotes(['tim', 'bu'], 'times, buses')).toEqual([]);
    expect(quotes(['policy'], 'policys')).toEqual([]);
    expect(quotes(['bus'], 'buss')).toEqual([]);
  });

  it('does not find a word inside a word joined by an apostrophe', () => {
    expect(quotes(['Xi', 'an'], "Xi'an and Xi’an, but Xi spoke")).toEqual(['Xi']);
    expect(quotes(['don', 'Brien'], "don't ask O'Brien")).toEqual([]);
    expect(quotes(['plan'], "the plan's aims, the ‘plan’ and 'plan'")).toEqual(['plan', 'plan', 'plan']);
  });

  it('reports an exact and an inflected phrase at the same place together', () => {
    expect(find(['plans', 'plan'], 'the plans')).toEqual([['plans', [0, 1]]]);
  });

  it('keeps offsets right around astral characters and case changes that alter length', () => {
    const text = '𝒳 İİ double growth 😀 Double growth';
    expect(quotes(['double growth'], text)).toEqual(['double growth', 'Double growth']);
    expect(quotes(['😀'], text)).toEqual(['😀']);
    expect(quotes(['İstanbul'], 'in İstanbul')).toEqual(['İstanbul']);
  });

  it('never throws and returns sorted, non-overlapping occurrences that quote a pattern', () => {
    const pieces = fc.constantFrom('plan', 'Plan', 'plans', 'action', 'double', 'growth', '+', '-', '‑', '’', "'", 's', ' ', '  ', '\t', '\n', 'policy', 'policies', 'İ', '𝒳', 'é', 'e\u0301', '中');
    const unit = fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 }), fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)));
    const patternTexts = fc.array(fc.array(unit, { maxLength: 4 }).map((parts) => parts.join('')), { maxLength: 6 });
    fc.assert(
      fc.property(patternTexts, fc.array(unit, { maxLength: 40 }), (texts, parts) => {
        const text = parts.join('');
        const matcher = compileTermMatcher(patternsOf(texts));
        const occurrences = matcher.match(text);
        let previousEnd = 0;
        for (const occurrence of occurrences) {
          expect(occurrence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(occurrence.end).toBeGreaterThan(occurrence.start);
          expect(occurrence.end).toBeLessThanOrEqual(text.length);
          previousEnd = occurrence.end;
          expect(occurrence.patterns.length).toBeGreaterThan(0);
          const found = termTokens(text.slice(occurrence.start, occurrence.end));
          for (const index of occurrence.patterns) {
            const expected = termTokens(texts[index]!);
            expect(found.length).toBe(expected.length);
            expect(found.slice(0, -1)).toEqual(expected.slice(0, -1));
            const last = expected[expected.length - 1]!;
            expect([last, ...pluralForms(last)]).toContain(found[found.length - 1]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds a pattern inserted into any text at word boundaries, in any case and spacing, plural or not', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'y', 'o', 's', 'h'), minLength: 1, maxLength: 6 });
    const symbol = fc.constantFrom('+', '-', '/', '.', '&');
    const patternToken = fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: symbol });
    const filler = fc.array(fc.oneof(fc.string({ unit: fc.constantFrom('k', 'l', 'm', 'n', 'K'), minLength: 1, maxLength: 5 }), fc.constantFrom(',', '“', '”', '\n', '(')), { maxLength: 8 });
    const gap = fc.constantFrom(' ', '  ', '\t', ' \t ');
    fc.assert(
      fc.property(fc.array(patternToken, { minLength: 1, maxLength: 4 }), filler, filler, fc.array(gap, { minLength: 4, maxLength: 4 }), fc.boolean(), fc.boolean(), (tokens, before, after, gaps, upper, plural) => {
        const pattern = tokens.join(' ');
        let surface = tokens.map((token, k) => (k === 0 ? token : gaps[k - 1]! + token)).join('');
        const last = tokens[tokens.length - 1]!;
        const forms = pluralForms(last);
        if (plural && forms.length > 0) surface = surface.slice(0, surface.length - last.length) + forms[0]!;
        if (upper) surface = surface.toUpperCase();
        const head = `${before.join(' ')} `;
        const text = `${head}${surface} ${after.join(' ')}`;
        const occurrences = compileTermMatcher(patternsOf([pattern])).match(text);
        expect(occurrences).toContainEqual({ start: head.length, end: head.length + surface.length, patterns: [0] });
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear: 50,000 terms over a 200k-word article, and four times the article in about four times the time', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const patterns = patternsOf(Array.from({ length: 50_000 }, () => Array.from({ length: 1 + random(3) }, () => words[random(words.length)]).join(' ')));
    const article = (count: number): string => Array.from({ length: count }, (_, i) => (i % 25 === 24 ? `${words[random(words.length)]}.\n\n` : words[random(words.length)])).join(' ');
    const small = article(50_000);
    const large = article(200_000);

    const started = performance.now();
    const matcher = compileTermMatcher(patterns);
    const compiled = performance.now();
    matcher.match(small); // warm the JIT
    const smallStarted = performance.now();
    const smallCount = matcher.match(small).length;
    const smallElapsed = performance.now() - smallStarted;
    const largeStarted = performance.now();
    const largeCount = matcher.match(large).length;
    const largeElapsed = performance.now() - largeStarted;
    console.info(
      `term matcher: compile 50,000 terms ${(compiled - started).toFixed(0)} ms; match 50k words ${smallElapsed.toFixed(0)} ms, 200k words (${large.length} chars) ${largeElapsed.toFixed(0)} ms, ${largeCount} occurrences`,
    );
    expect(largeCount).toBeGreaterThan(3 * smallCount);
    // A sanity net, not a benchmark: quadratic work would take minutes here.
    expect(compiled - started).toBeLessThan(5_000);
    expect(largeElapsed).toBeLessThan(5_000);
    expect(largeElapsed).toBeLessThan(16 * smallElapsed + 200);
  });
});
