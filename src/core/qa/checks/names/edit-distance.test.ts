import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDamerauLevenshtein } from './edit-distance';

/** Plain optimal-string-alignment distance, the slow way, to check the bounded one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('boundedDamerauLevenshtein', () => {
  it('counts substitutions, insertions, deletions and transpositions', () => {
    expect(boundedDamerauLevenshtein('zhajie', 'shajie', 2)).toBe(1);
    expect(boundedDamerauLevenshtein('xiamen', 'xiaemn', 2)).toBe(1);
    expect(boundedDamerauLevenshtein('jinping', 'jingping', 2)).toBe(1);
    expect(boundedDamerauLevenshtein('abc', 'abc', 0)).toBe(0);
  });

  it('returns max + 1 beyond the bound', () => {
    expect(boundedDamerauLevenshtein('zhang', 'wang', 0)).toBe(1);
    expect(boundedDamerauLevenshtein('kitten', 'sitting', 1)).toBe(2);
    expect(boundedDamerauLevenshtein('a', 'abcdef', 2)).toBe(3);
  });

  it('agrees with the unbounded distance, capped at max + 1', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 }), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(boundedDamerauLevenshtein(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
    );
  });
});
