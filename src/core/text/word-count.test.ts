import { describe, expect, it } from 'vitest';
import { countWords } from './word-count';

describe('countWords beyond the rules plain-text.test.ts pins', () => {
  it('counts Thai and Lao, written without spaces, by dictionary words (Intl.Segmenter)', () => {
    expect(countWords('สวัสดีครับ')).toBe(2);
    expect(countWords('ผมชื่อ Glossa ครับ')).toBe(4);
    expect(countWords('ປະເທດລາວ')).toBe(2);
  });

  it('counts characters outside the BMP by the same classes as the BMP', () => {
    // CJK Extension B: one word per character, like 浙江; mathematical bold letters: one word, like AB.
    expect(countWords('𠀀𠀁')).toBe(2);
    expect(countWords('𝐀𝐁 𝐂')).toBe(2);
    expect(countWords('e\u0301te 😀 👨‍👩‍👧')).toBe(1);
  });
});
