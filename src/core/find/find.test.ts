import { describe, expect, it } from 'vitest';
import { findInText, MATCH_LIMIT, replacementFor, type FindOptions } from '.';

const PLAIN: FindOptions = { matchCase: false, wholeWord: false, regex: false };
const spans = (text: string, query: string, options: Partial<FindOptions> = {}) => {
  const result = findInText(text, query, { ...PLAIN, ...options });
  if (!result.ok) throw new Error(result.error);
  return result.matches.map((match) => text.slice(match.start, match.end));
};

describe('findInText', () => {
  const text = 'Zheng Shajie hosted. zheng zhajie spoke; Zheng Zhajie left.\n\nZhengzhou is a city.';

  it('finds a phrase ignoring case unless Match case is on', () => {
    expect(spans(text, 'zheng')).toEqual(['Zheng', 'zheng', 'Zheng', 'Zheng']);
    expect(spans(text, 'Zheng', { matchCase: true })).toEqual(['Zheng', 'Zheng', 'Zheng']);
  });

  it('whole word: not inside a longer word, in any script', () => {
    expect(spans(text, 'zheng', { wholeWord: true })).toEqual(['Zheng', 'zheng', 'Zheng']);
    expect(spans('Straße und Straßen', 'straße', { wholeWord: true })).toEqual(['Straße']);
    expect(spans('café cafés', 'café', { wholeWord: true })).toEqual(['café']);
  });

  it('takes the query literally unless Regular expression is on', () => {
    expect(spans('costs $3.50 (or 3x50)', '3.50')).toEqual(['3.50']);
    expect(spans('a+b and aab', 'a+b')).toEqual(['a+b']);
    expect(spans('a+b and aab', 'a+b', { regex: true })).toEqual(['aab']);
    expect(spans(text, 'Zheng [SZ]hajie', { regex: true, matchCase: true })).toEqual(['Zheng Shajie', 'Zheng Zhajie']);
  });

  it('never matches across paragraphs, and skips empty matches', () => {
    expect(spans(text, 'left\\.\\s+Zhengzhou', { regex: true })).toEqual([]);
    expect(spans('abc', 'x*', { regex: true })).toEqual([]);
    expect(spans('𠀀a𠀀', 'a*', { regex: true })).toEqual(['a']);
  });

  it('explains a broken or dangerous pattern instead of throwing or hanging', () => {
    const broken = findInText(text, '(unclosed', { ...PLAIN, regex: true });
    expect(broken).toMatchObject({ ok: false });
    expect(!broken.ok && broken.error).toMatch(/^Not a valid regular expression/);
    const nested = findInText('a'.repeat(40), '(a+)+b', { ...PLAIN, regex: true });
    expect(!nested.ok && nested.error).toMatch(/repeats a group/);
    expect(findInText(text, '', PLAIN)).toEqual({ ok: true, matches: [], truncated: false });
  });

  it('stops at the match limit and says so', () => {
    const result = findInText('a '.repeat(MATCH_LIMIT + 5), 'a', PLAIN);
    expect(result.ok && result.matches.length).toBe(MATCH_LIMIT);
    expect(result.ok && result.truncated).toBe(true);
  });
});

describe('replacementFor', () => {
  // String.prototype.replace is the reference: the same template over the same match.
  const cases: Array<[string, string, string]> = [
    ['Zheng Shajie', '(\\w+) (\\w+)', '$2, $1'],
    ['Zheng Shajie', '(?<family>\\w+) (?<given>\\w+)', '$<given> $<family>'],
    ['price 35', '(\\d+)', '$$$1.00'],
    ['price 35', '\\d+', '[$&]'],
    ['ab-cd', '-', "$'|$`"],
    ['abc', '(b)', '$2$1$0'],
    ['abcdefghijkl', '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', '$11-$10-$1'],
    ['tail $', 'tail', 'x$'],
  ];
  for (const [text, pattern, template] of cases) {
    it(`${template} over /${pattern}/ as String.replace does`, () => {
      const result = findInText(text, pattern, { ...PLAIN, regex: true });
      if (!result.ok) throw new Error(result.error);
      const match = result.matches[0]!;
      const ours = text.slice(0, match.start) + replacementFor(template, match, text, true) + text.slice(match.end);
      expect(ours).toBe(text.replace(new RegExp(pattern, 'u'), template));
    });
  }

  it('is the text as typed outside regular-expression mode', () => {
    const result = findInText('cost', 'cost', PLAIN);
    expect(result.ok && replacementFor('$1 & $&', result.matches[0]!, 'cost', false)).toBe('$1 & $&');
  });
});
