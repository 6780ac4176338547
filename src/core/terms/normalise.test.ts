import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCodePoint, normaliseTerm } from './normalise';

describe('normaliseTerm', () => {
  it('lower-cases, trims and collapses whitespace runs, line breaks included', () => {
    expect(normaliseTerm('  Dual   Growth\t\n ')).toBe('dual growth');
    expect(normaliseTerm('Super\u00a0Ministry\r\nSystem')).toBe('super ministry system');
  });

  it('straightens curly quotes and apostrophes and folds every dash to "-"', () => {
    expect(normaliseTerm('People’s Congress')).toBe("people's congress");
    expect(normaliseTerm('‘two sessions’ and “double growth”')).toBe(`'two sessions' and "double growth"`);
    expect(['super\u2010ministry', 'super\u2011ministry', 'super\u2012ministry', 'super–ministry', 'super—ministry'].map(normaliseTerm)).toEqual(
      Array(5).fill('super-ministry'),
    );
  });

  it('composes to NFC, so precomposed and combining accents agree', () => {
    expect(normaliseTerm('Zhe\u0300ng')).toBe(normaliseTerm('Zh\u00e8ng'));
    expect(normaliseTerm('ZH\u00c8NG')).toBe('zh\u00e8ng');
  });

  it('leaves other text alone and empty or blank text empty', () => {
    expect(normaliseTerm('超部制')).toBe('超部制');
    expect(normaliseTerm('superministerial + plan system')).toBe('superministerial + plan system');
    expect(normaliseTerm('')).toBe('');
    expect(normaliseTerm(' \n\t ')).toBe('');
  });

  it('is idempotent and total, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 10 }), (a, b) => {
        const once = normaliseTerm(a + b);
        expect(normaliseTerm(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('foldCodePoint', () => {
  it('folds one character as normaliseTerm does', () => {
    for (const char of ['’', '‘', '“', '”', '–', '—', '‑', 'a', '+', '中']) {
      expect(String.fromCodePoint(foldCodePoint(char.codePointAt(0)!))).toBe(normaliseTerm(char));
    }
  });
});
