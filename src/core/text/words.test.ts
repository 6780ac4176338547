import { describe, expect, it } from 'vitest';
import { isWordAt, isWordBefore, sameIgnoringCase, segmentWords, wordRunEnd } from './words';

/** The second line of WMT21's zh→en source (newstest2021.zh-en.src.zh). */
const WMT21_ZH = '今年34岁的张雄家在四川眉山市果园村，2010年他辞掉北京月薪上万的工作返乡创业。';

const words = (text: string, locale?: string): string[] =>
  segmentWords(text, locale)
    .filter((segment) => segment.isWordLike)
    .map((segment) => text.slice(segment.start, segment.end));

describe('segmentWords (Intl.Segmenter)', () => {
  it('finds the words of Chinese text, which has no spaces, by dictionary', () => {
    const found = words(WMT21_ZH, 'zh');
    for (const word of ['今年', '四川', '北京', '工作', '返乡', '创业', '2010']) expect(found).toContain(word);
    // Fewer words than characters: the dictionary joins characters into words.
    expect(found.length).toBeLessThan(Array.from(WMT21_ZH).length / 1.5);
    expect(words('乡村振兴，人才是关键。', 'zh')).toEqual(['乡村', '振兴', '人才', '是', '关键']);
  });

  it('covers the text without gaps, with punctuation between the words', () => {
    const segments = segmentWords(WMT21_ZH, 'zh');
    expect(segments.map((segment) => WMT21_ZH.slice(segment.start, segment.end)).join('')).toBe(WMT21_ZH);
    for (let k = 1; k < segments.length; k += 1) expect(segments[k]!.start).toBe(segments[k - 1]!.end);
    const punctuation = segments.filter((segment) => !segment.isWordLike).map((segment) => WMT21_ZH.slice(segment.start, segment.end));
    expect(punctuation).toEqual(['，', '。']);
  });

  it('segments line by line: a line feed is a segment of its own, and the offsets stay the text’s', () => {
    const text = '乡村振兴，\n人才是关键。\n';
    const segments = segmentWords(text, 'zh');
    expect(segments.map((segment) => text.slice(segment.start, segment.end)).join('')).toBe(text);
    expect(segments.filter((segment) => text.slice(segment.start, segment.end) === '\n')).toHaveLength(2);
    expect(words(text, 'zh')).toEqual(['乡村', '振兴', '人才', '是', '关键']);
  });

  it('finds Thai words, also written without spaces', () => {
    expect(words('สวัสดีครับ', 'th')).toEqual(['สวัสดี', 'ครับ']);
  });

  it('keeps characters outside the BMP, emoji sequences and combining marks whole', () => {
    const text = '𝐀𝐁 😀 👨‍👩‍👧 e\u0301te 👍🏽';
    const segments = segmentWords(text).map((segment) => [text.slice(segment.start, segment.end), segment.isWordLike]);
    expect(segments).toEqual([
      ['𝐀𝐁', true],
      [' ', false],
      ['😀', false],
      [' ', false],
      ['👨‍👩‍👧', false],
      [' ', false],
      ['e\u0301te', true],
      [' ', false],
      ['👍🏽', false],
    ]);
  });
});

describe('word runs by code point', () => {
  it('runs over letters outside the BMP and combining marks, and stops at emoji and spaces', () => {
    const text = '𝐀𝐁c\u0301𠀀😀x y';
    expect(wordRunEnd(text, 0)).toBe(8);
    expect(isWordAt(text, 8)).toBe(false);
    expect(isWordAt(text, 10)).toBe(true);
    expect(isWordBefore(text, 2)).toBe(true);
    expect(isWordBefore(text, 10)).toBe(false);
    expect(isWordAt(text, -1)).toBe(false);
    expect(isWordBefore(text, 0)).toBe(false);
  });

  it('compares ranges ignoring case, beyond ASCII too', () => {
    expect(sameIgnoringCase('The the', 0, 4, 3)).toBe(true);
    expect(sameIgnoringCase('ÉTÉ été', 0, 4, 3)).toBe(true);
    expect(sameIgnoringCase('tho the', 0, 4, 3)).toBe(false);
  });
});
