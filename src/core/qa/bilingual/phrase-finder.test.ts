import { describe, expect, it } from 'vitest';
import { compilePhraseFinder } from './phrase-finder';

describe('compilePhraseFinder.locate', () => {
  const finder = compilePhraseFinder(['大部制', '大部制改革', 'plan system', '']);

  it('finds CJK terms inside a run without spaces, longer first at the same place, and Latin terms as whole words', () => {
    const text = '推进“大部制改革+计划体制”的 plan systems 与 planned system';
    const spans = finder.locate(text);
    expect(spans.map((span) => [text.slice(span.start, span.end), span.phrase])).toEqual([
      ['大部制改革', 1],
      ['大部制', 0],
      ['plan systems', 2],
    ]);
    expect(finder.find(text)).toEqual(new Set([0, 1, 2]));
  });

  it('finds nothing in a text without the terms', () => {
    expect(finder.locate('今天天气很好')).toEqual([]);
  });
});
