import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affixDistance, boundedEditDistance } from './distance';
import { affixReference, levenshtein } from './test-fixtures';

const shortText = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 14 });

describe('boundedEditDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('superministerial', 'super-ministerial', 5)).toBe(1);
    expect(boundedEditDistance('plan system', 'plan sytem', 5)).toBe(1);
    expect(boundedEditDistance('Zhajie', 'Shajie', 5)).toBe(1);
    expect(boundedEditDistance('', 'abc', 5)).toBe(3);
  });

  it('answers max + 1 as soon as the distance exceeds max', () => {
    expect(boundedEditDistance('Longgang', 'Cangnan', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('equals Levenshtein distance when within the bound, and max + 1 beyond it', () => {
    fc.assert(
      fc.property(shortText, shortText, fc.nat(16), (a, b, max) => {
        const exact = levenshtein(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('affixDistance', () => {
  const text = 'support Longgang to deepen the implementation of the reform';
  const at = text.indexOf('deepen');

  it('is 0 when the context is intact', () => {
    expect(affixDistance('Longgang to ', text, at, 'before')).toBe(0);
    expect(affixDistance('deepen the', text, at, 'after')).toBe(0);
  });

  it('charges an insertion next to the quote once, where a same-length window pays more', () => {
    const edited = text.replace('to deepen', 'to further deepen');
    const where = edited.indexOf('deepen');
    expect(affixDistance('Longgang to ', edited, where, 'before')).toBe('further '.length);
    expect(levenshtein('Longgang to ', edited.slice(where - 12, where))).toBeGreaterThan('further '.length);
  });

  it('does not read past the start of the text', () => {
    expect(affixDistance('xxsupport ', text, 8, 'before')).toBe(2);
    expect(affixDistance('reform and', text, text.length - 6, 'after')).toBe(4);
  });

  const unit = fc.constantFrom('a', 'b', 'c', ' ', '“', 'é');

  it('equals the reference for contexts of one machine word (bit-parallel)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 32 }),
        fc.string({ unit, maxLength: 50 }),
        fc.nat(50),
        fc.boolean(),
        (expected, body, cut, before) => {
          const boundary = Math.min(cut, body.length);
          const actual = affixDistance(expected, body, boundary, before ? 'before' : 'after');
          expect(actual).toBe(affixReference(expected, body, boundary, before));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals the reference for longer contexts (table)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit, minLength: 33, maxLength: 40 }),
        fc.string({ unit, maxLength: 60 }),
        fc.nat(60),
        fc.boolean(),
        (expected, body, cut, before) => {
          const boundary = Math.min(cut, body.length);
          const actual = affixDistance(expected, body, boundary, before ? 'before' : 'after');
          expect(actual).toBe(affixReference(expected, body, boundary, before));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answers more than max when the distance exceeds max', () => {
    expect(affixDistance('Cangnan and ', text, at, 'before', 3)).toBeGreaterThan(3);
  });
});
