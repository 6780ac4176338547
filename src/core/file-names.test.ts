import { describe, expect, it } from 'vitest';
import { fileStem } from './file-names';

describe('fileStem', () => {
  it('keeps a title a file system accepts as it is', () => {
    expect(fileStem('经济日报 – 十四五规划')).toBe('经济日报 – 十四五规划');
  });

  it('turns what Windows refuses into spaces, and never leaves an empty name', () => {
    expect(fileStem('Q3: plan/draft "final"?')).toBe('Q3 plan draft final');
    expect(fileStem('line\nbreak\ttab')).toBe('line break tab');
    expect(fileStem('<>:|')).toBe('article');
    expect(fileStem('x'.repeat(200))).toHaveLength(80);
  });
});
