import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphRanges, segmentArticle } from './html-segments';
import type { PlacedRange, SegmentedArticle } from './html-segments';

function shape(article: SegmentedArticle) {
  return article.paragraphs.map((paragraph) => paragraph.segments.map((segment) => [segment.text, segment.ids.join('+'), segment.endingIds.join('+')]));
}

describe('paragraphRanges', () => {
  it('splits on blank lines, keeping empty paragraphs so offsets stay right', () => {
    expect(paragraphRanges('ab\n\ncd')).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
    expect(paragraphRanges('a\n\n\n\nb')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 3 },
      { start: 5, end: 6 },
    ]);
    expect(paragraphRanges('')).toEqual([{ start: 0, end: 0 }]);
  });
});

describe('segmentArticle', () => {
  it('cuts overlapping ranges into segments that carry every covering id, outermost first', () => {
    const article = segmentArticle('abcdefgh', [
      { id: 'B', start: 3, end: 7 },
      { id: 'A', start: 1, end: 5 },
    ]);
    expect(shape(article)).toEqual([
      [
        ['a', '', ''],
        ['bc', 'A', ''],
        ['de', 'A+B', 'A'],
        ['fg', 'B', 'B'],
        ['h', '', ''],
      ],
    ]);
    expect(article.paragraphs[0]?.startingIds).toEqual(['A', 'B']);
  });

  it('nests a contained range inside the longer one and orders equal ranges by id', () => {
    const article = segmentArticle('abcdef', [
      { id: 'inner', start: 2, end: 4 },
      { id: 'y', start: 0, end: 6 },
      { id: 'x', start: 0, end: 6 },
    ]);
    expect(shape(article)).toEqual([
      [
        ['ab', 'x+y', ''],
        ['cd', 'x+y+inner', 'inner'],
        ['ef', 'x+y', 'x+y'],
      ],
    ]);
  });

  it('splits a range across paragraphs and puts its reference after its last piece', () => {
    const article = segmentArticle('ab\n\ncd', [{ id: 'A', start: 1, end: 5 }]);
    expect(shape(article)).toEqual([
      [
        ['a', '', ''],
        ['b', 'A', ''],
      ],
      [
        ['c', 'A', 'A'],
        ['d', '', ''],
      ],
    ]);
    expect(article.paragraphs.map((paragraph) => paragraph.startingIds)).toEqual([['A'], []]);
  });

  it('reports ranges that cover no paragraph text, or are not ranges of the text', () => {
    const article = segmentArticle('ab\n\ncd', [
      { id: 'break', start: 2, end: 4 },
      { id: 'beyond', start: 5, end: 9 },
      { id: 'empty', start: 1, end: 1 },
      { id: 'fine', start: 0, end: 1 },
    ]);
    expect(article.unplacedIds).toEqual(['break', 'beyond', 'empty']);
  });

  it('keeps the text whole and gives each segment exactly the ranges that cover it', () => {
    const pieces = fc.constantFrom('a', 'b', ' ', '\n', '\n\n', '会', '😀');
    const caseArbitrary = fc.array(pieces, { maxLength: 30 }).chain((parts) => {
      const text = parts.join('');
      const offset = fc.integer({ min: 0, max: text.length });
      const range = fc.tuple(offset, offset).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
      return fc.record({ text: fc.constant(text), ranges: fc.array(range, { maxLength: 8 }) });
    });
    fc.assert(
      fc.property(caseArbitrary, ({ text, ranges }) => {
        const placed: PlacedRange[] = ranges.map((range, index) => ({ id: `r${index}`, ...range }));
        const article = segmentArticle(text, placed);
        const paragraphs = paragraphRanges(text);
        const covered = new Map<string, string>();
        article.paragraphs.forEach((paragraph, index) => {
          const bounds = paragraphs[index];
          if (!bounds) throw new Error('one paragraph per range');
          expect(paragraph.segments.map((segment) => segment.text).join('')).toBe(text.slice(bounds.start, bounds.end));
          let position = bounds.start;
          for (const segment of paragraph.segments) {
            const end = position + segment.text.length;
            const expected = placed.filter((range) => range.start <= position && range.end >= end && range.start < range.end).map((range) => range.id);
            expect([...segment.ids].sort()).toEqual(expected.sort());
            for (const id of segment.ids) covered.set(id, (covered.get(id) ?? '') + segment.text);
            position = end;
          }
        });
        for (const range of placed) {
          const inParagraphs = paragraphs.map((bounds) => text.slice(Math.max(bounds.start, range.start), Math.min(bounds.end, range.end))).join('');
          if (inParagraphs === '') expect(article.unplacedIds).toContain(range.id);
          else expect(covered.get(range.id)).toBe(inParagraphs);
        }
      }),
    );
  });
});
