import { describe, expect, it } from 'vitest';
import { insideAny, lineSpans, wordEndAfter, wordStartBefore } from './text-scan';

describe('text-scan', () => {
  it('splits lines on \\n, without a trailing \\r', () => {
    const text = 'one\r\ntwo\n\nthree';
    expect(lineSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual(['one', 'two', '', 'three']);
    expect(lineSpans('')).toEqual([{ start: 0, end: 0 }]);
  });

  it('finds the non-space run around an offset, within a bound', () => {
    const text = 'the process. , next';
    expect(wordStartBefore(text, 12)).toBe(4);
    expect(wordEndAfter(text, 13)).toBe(14);
    expect(wordStartBefore('x'.repeat(50), 50, 30)).toBe(20);
  });

  it('never cuts a character outside the BMP in half at the bound', () => {
    const emoji = '😀'.repeat(20);
    // 29 code units back from 40 would land between the halves of a pair: the run stops one unit short instead.
    expect(wordStartBefore(emoji, 40, 29)).toBe(12);
    expect(wordEndAfter(emoji, 0, 29)).toBe(28);
    expect(wordStartBefore('a 𝐀𝐁', 6)).toBe(2);
  });

  it('tells whether a range lies inside sorted spans', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 10, end: 20 },
    ];
    expect(insideAny(spans, 1, 4)).toBe(true);
    expect(insideAny(spans, 10, 20)).toBe(true);
    expect(insideAny(spans, 4, 11)).toBe(false);
    expect(insideAny(spans, 6, 8)).toBe(false);
    expect(insideAny([], 0, 1)).toBe(false);
  });
});
