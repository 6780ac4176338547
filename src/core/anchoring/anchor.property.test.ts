import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAnnotation } from './anchor';
import { describeRange } from './describe';
import { applyEdit, edit, text, textWithRange } from './test-arbitraries';
import { expectHonest } from './test-fixtures';

const RUNS = { numRuns: 200 };
const edits = fc.array(edit, { maxLength: 3 });

describe('anchoring properties', () => {
  it('P1: on unchanged text, a described range anchors exactly where it was, with confidence 1', () => {
    fc.assert(
      fc.property(textWithRange, fc.integer({ min: 0, max: 40 }), ({ text: t, start, end }, contextLength) => {
        const selectors = describeRange(t, start, end, contextLength);
        const expected = { state: 'anchored', start, end, confidence: 1, strategy: 'exact' };
        expect(anchorAnnotation(t, selectors)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('P2: edits before and after the quote leave it anchored on the same words', () => {
    fc.assert(
      fc.property(textWithRange, edits, edits, ({ text: t, start, end }, beforeEdits, afterEdits) => {
        const selectors = describeRange(t, start, end);
        const before = beforeEdits.reduce(applyEdit, t.slice(0, start));
        const after = afterEdits.reduce(applyEdit, t.slice(end));
        const edited = before + selectors.quote.exact + after;
        const result = anchorAnnotation(edited, selectors);
        expect(result.state).toBe('anchored');
        expect(edited.slice(result.start, result.end)).toBe(selectors.quote.exact);
        // Context untouched: not only the same words, but no doubt about them either.
        if (before.endsWith(selectors.quote.prefix) && after.startsWith(selectors.quote.suffix)) {
          expect(result.confidence).toBe(1);
        }
      }),
      RUNS,
    );
  });

  it('P3: after any edits the result is an orphan or within the fuzzy bound of the quote, never a throw', () => {
    fc.assert(
      fc.property(textWithRange, fc.array(edit, { minLength: 1, maxLength: 3 }), ({ text: t, start, end }, edits) => {
        const selectors = describeRange(t, start, end);
        const edited = edits.reduce(applyEdit, t);
        expectHonest(anchorAnnotation(edited, selectors), edited, selectors.quote.exact);
      }),
      RUNS,
    );
  });

  it('P4: malformed selectors never throw and give a well-formed result', () => {
    const offset = fc.oneof(fc.integer({ min: -5, max: 80 }), fc.double(), fc.constant(undefined));
    const selectors = fc.record({
      quote: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: text, prefix: text, suffix: text }),
      position: fc.record({ type: fc.constant('TextPositionSelector' as const), start: offset, end: offset }),
    });
    fc.assert(
      fc.property(text, selectors, (t, s) => {
        const result = anchorAnnotation(t, s as Parameters<typeof anchorAnnotation>[1]);
        if (s.quote.exact.length === 0) expect(result.state).toBe('orphan');
        else expectHonest(result, t, s.quote.exact);
      }),
      RUNS,
    );
  });
});
