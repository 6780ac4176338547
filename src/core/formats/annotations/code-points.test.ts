import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointIndex } from './code-points';

describe('codePointIndex', () => {
  it('counts a character outside the BMP as one code point', () => {
    const text = 'a😀b𠀀c';
    const index = codePointIndex(text);
    expect([0, 1, 3, 4, 6, 7].map((offset) => index.toCodePoint(offset))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((offset) => index.toCodeUnit(offset))).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('is the identity for text without surrogate pairs, and counts lone surrogates as characters', () => {
    const index = codePointIndex('会议\uD800x\uDC00y');
    expect([0, 2, 3, 4, 5, 6].map((offset) => index.toCodePoint(offset))).toEqual([0, 2, 3, 4, 5, 6]);
  });

  it('agrees with the string iterator and round-trips every code point boundary', () => {
    const pieces = fc.constantFrom('a', ' ', '会', '😀', '𠀀', '\n', '\uD800', '\uDC00', 'é');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const index = codePointIndex(text);
        let units = 0;
        let points = 0;
        for (const character of text) {
          expect(index.toCodePoint(units)).toBe(points);
          expect(index.toCodeUnit(points)).toBe(units);
          units += character.length;
          points += 1;
        }
        expect(index.toCodePoint(text.length)).toBe(points);
        expect(index.toCodeUnit(points)).toBe(text.length);
      }),
    );
  });
});
