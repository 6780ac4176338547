import { describe, expect, it } from 'vitest';
import { describeRange } from './describe';
import { PARAGRAPHS } from './test-fixtures';

const TEXT = PARAGRAPHS[0];

describe('describeRange', () => {
  it('records the quote, up to contextLength characters either side, and the offsets', () => {
    const start = TEXT.indexOf('provincial government');
    const end = start + 'provincial government'.length;
    const { quote, position } = describeRange(TEXT, start, end, 10);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'provincial government',
      prefix: 'r 21, the ',
      suffix: ' held its ',
    });
    expect(quote.prefix.length).toBeLessThanOrEqual(10);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('defaults to 32 characters of context and cuts it short at the ends of the text', () => {
    const atStart = describeRange(TEXT, 0, 2);
    expect(atStart.quote.prefix).toBe('');
    expect(atStart.quote.suffix).toBe(TEXT.slice(2, 34));
    const atEnd = describeRange(TEXT, TEXT.length - 9, TEXT.length);
    expect(atEnd.quote.exact).toBe('presided.');
    expect(atEnd.quote.suffix).toBe('');
    expect(atEnd.quote.prefix).toBe(TEXT.slice(TEXT.length - 41, TEXT.length - 9));
  });

  it('never leaves half a surrogate pair at the outer edge of the context', () => {
    const text = 'x😀abc😀y';
    // One character of context either side of 'abc' would be half of each emoji.
    expect(describeRange(text, 3, 6, 1).quote).toMatchObject({ prefix: '', suffix: '' });
    expect(describeRange(text, 3, 5, 2).quote.suffix).toBe('c');
    expect(describeRange(text, 3, 6, 2).quote).toMatchObject({ prefix: '😀', suffix: '😀' });
  });

  it.each([
    ['empty', 5, 5],
    ['reversed', 6, 5],
    ['negative', -1, 3],
    ['past the end', 0, TEXT.length + 1],
    ['fractional', 1.5, 3],
    ['NaN', Number.NaN, 3],
  ])('throws RangeError for a %s range', (_name, start, end) => {
    expect(() => describeRange(TEXT, start, end)).toThrow(RangeError);
  });

  it('throws RangeError for a negative or fractional context length', () => {
    expect(() => describeRange(TEXT, 0, 2, -1)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 0, 2, 2.5)).toThrow(RangeError);
  });
});
