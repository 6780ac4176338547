import { describe, expect, it } from 'vitest';
import { bestFuzzy } from './fuzzy-match';
import { resolveContext } from './match-quote';
import { maxErrorsFor } from './scoring';
import { nth } from './test-fixtures';

const QUOTE = 'superministerial + plan system';
const PREFIX = 'e implementation of the reform of the “';
const SUFFIX = '” and explore simple and efficient';
const filler = (lines: number, from = 0) =>
  Array.from(
    { length: lines },
    (_, i) => `Item ${from + i}: vehicle inspection services were reviewed by the county office.`,
  ).join('\n');

function fuzzy(text: string, hint: number | undefined) {
  const context = resolveContext(text, { prefix: PREFIX.slice(-32), suffix: SUFFIX, hint });
  return bestFuzzy(text, QUOTE, context, maxErrorsFor(QUOTE.length));
}

describe('bestFuzzy', () => {
  // Edited where the annotation was (2 edits), and a closer variant far away (1 edit).
  const original = `${PREFIX}super-ministerial + plam system${SUFFIX}`;
  const elsewhere = `The county adopted a superministerial + plan-system as well.`;
  const text = `${filler(20)}\n${original}\n${filler(60, 20)}\n${elsewhere}`;
  const edited = nth(text, 'super-ministerial + plam system');

  it('looks near the hint first, where the edited original is', () => {
    const match = fuzzy(text, edited.start - 3);
    expect(match).toMatchObject({ ...edited, errors: 2 });
    expect(match?.confidence).toBeGreaterThan(0.9);
  });

  it('without a hint searches everything, where the library keeps only the fewest-error matches', () => {
    // Why the windows matter: the near-miss elsewhere has fewer errors and hides the original.
    expect(fuzzy(text, undefined)).toMatchObject({ ...nth(text, 'superministerial + plan-system'), errors: 1 });
  });

  it('finds an edited quote that also moved far from its hint, next to its recorded context', () => {
    const moved = `${original}\n${filler(80)}`;
    const match = fuzzy(moved, moved.length - 100);
    expect(match).toMatchObject(nth(moved, 'super-ministerial + plam system'));
  });

  it('finds nothing when no error is allowed or nothing is there', () => {
    const context = resolveContext(text, { hint: 0 });
    expect(bestFuzzy(text, QUOTE, context, 0)).toBeNull();
    expect(bestFuzzy(text, '', context, 5)).toBeNull();
    expect(bestFuzzy('', QUOTE, context, 5)).toBeNull();
  });
});
