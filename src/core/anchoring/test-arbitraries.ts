/**
 * fast-check generators shared by the anchoring property tests (not a test itself).
 * Short strings over few characters, so that quotes repeat and near-misses abound.
 */
import fc from 'fast-check';

const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '.'), maxLength: 40 });
const words = fc
  .array(fc.constantFrom('the ', 'plan ', 'reform ', 'Longgang ', 'Cangnan ', 'system ', '+ ', '“', '” ', 'of '), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

/** Article-like or adversarial text. */
export const text = fc.oneof(letters, words);

/** Text with a non-empty range in it. */
export const textWithRange = fc
  .tuple(text.filter((t) => t.length > 0), fc.nat(), fc.nat())
  .map(([t, a, b]) => {
    const start = a % t.length;
    const end = start + 1 + (b % (t.length - start));
    return { text: t, start, end };
  });

export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.nat(6),
  insert: fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'x'), maxLength: 6 }), fc.constant('')),
});

/** Apply an edit anywhere in `s` (positions wrap), as a typist would: delete, then type. */
export function applyEdit(s: string, { at, remove, insert }: Edit): string {
  const start = s.length === 0 ? 0 : at % (s.length + 1);
  return s.slice(0, start) + insert + s.slice(Math.min(s.length, start + remove));
}
