import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAnnotation } from './anchor';
import { anchorAll } from './batch';
import { describeRange } from './describe';
import { findOccurrences } from './occurrences';
import { applyEdit, edit, text } from './test-arbitraries';
import { ARTICLE, PARAGRAPHS, expectHonest } from './test-fixtures';

const TERMS = [
  'Longgang',
  'The meeting noted that',
  'the provincial government',
  'driving nails',
  'high-tech',
  'reform',
];

/** An annotation on every occurrence of every term, listed in a scrambled order. */
function annotateAll(text: string) {
  const annotations = TERMS.flatMap((term) =>
    findOccurrences(text, term).map((start) => ({ selectors: describeRange(text, start, start + term.length) })),
  );
  return annotations.reverse();
}

describe('anchorAll', () => {
  it('puts every annotation back where it was on unchanged text, in the order given', () => {
    const annotations = annotateAll(ARTICLE);
    expect(annotations.length).toBeGreaterThan(10);
    const results = anchorAll(ARTICLE, annotations);
    results.forEach((result, i) => {
      const { start, end } = annotations[i].selectors.position;
      expect(result).toEqual({ state: 'anchored', start, end, confidence: 1, strategy: 'exact' });
    });
  });

  it('re-anchors after a re-import that inserted, edited and deleted text, as one by one would', () => {
    const annotations = annotateAll(ARTICLE);
    const edited = [
      '[ad_1]\nOriginal title: Provincial government holds 60th executive meeting\nSource: Zhejiang News',
      PARAGRAPHS[0],
      PARAGRAPHS[1].replace('Support for Longgang', 'Support for Long Gang'),
      PARAGRAPHS[2],
      PARAGRAPHS[4].replace(' We must promote the implementation of various tasks in the spirit of driving nails.', ''),
    ].join('\n\n');
    const results = anchorAll(edited, annotations);
    results.forEach((result, i) => {
      expect(result).toEqual(anchorAnnotation(edited, annotations[i].selectors));
      expectHonest(result, edited, annotations[i].selectors.quote.exact);
    });
    const states = results.map((r) => r.state);
    expect(states).toContain('orphan'); // "driving nails" and the deleted paragraph's terms
    expect(states).toContain('anchored');
  });

  it('follows text that moved by more than a local search covers', () => {
    // Whole paragraphs in front: every annotation moves by the same large amount.
    const padding = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: ${PARAGRAPHS[3]}`).join('\n\n');
    const edited = `${padding}\n\n${ARTICLE}`;
    const annotations = annotateAll(ARTICLE).filter((a) => !a.selectors.quote.exact.includes('high-tech'));
    anchorAll(edited, annotations).forEach((result, i) => {
      const { start, end } = annotations[i].selectors.position;
      expect(result).toMatchObject({ start: start + padding.length + 2, end: end + padding.length + 2, confidence: 1 });
    });
  });

  it('tells identical repeated passages apart by how far the text around them moved', () => {
    // Scraped articles repeat passages word for word; only the offsets tell the copies apart.
    const passage = PARAGRAPHS[3];
    const title = 'Original title: Provincial government holds 60th executive meeting';
    const original = [title, passage, passage, passage].join('\n\n');
    const annotations = ['Original title', 'high-tech'].flatMap((term) =>
      findOccurrences(original, term).map((start) => ({
        selectors: describeRange(original, start, start + term.length),
      })),
    );
    // Inserted above: more than half a passage, so a stale offset is nearer the previous copy.
    const inserted = `Source: Zhejiang News. ${passage.slice(0, Math.ceil(passage.length * 0.6))}\n`;
    const results = anchorAll(inserted + original, annotations);
    results.forEach((result, i) => {
      const { start, end } = annotations[i].selectors.position;
      expect(result).toMatchObject({ start: start + inserted.length, end: end + inserted.length, confidence: 1 });
    });
  });

  it('handles an empty list and malformed records', () => {
    expect(anchorAll(ARTICLE, [])).toEqual([]);
    const broken = [{ selectors: undefined }, null] as unknown as Parameters<typeof anchorAll>[1];
    expect(anchorAll(ARTICLE, broken).map((r) => r.state)).toEqual(['orphan', 'orphan']);
  });

  it('is never silently wrong for many annotations over randomly edited text', () => {
    const ranges = fc.array(fc.tuple(fc.nat(), fc.nat(8)), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(text.filter((t) => t.length > 0), ranges, fc.array(edit, { maxLength: 3 }), (t, picks, edits) => {
        const annotations = picks.map(([at, length]) => {
          const start = at % t.length;
          return { selectors: describeRange(t, start, Math.min(t.length, start + 1 + length)) };
        });
        const edited = edits.reduce(applyEdit, t);
        const results = anchorAll(edited, annotations);
        results.forEach((result, i) => {
          expectHonest(result, edited, annotations[i].selectors.quote.exact);
          const { start, end } = annotations[i].selectors.position;
          if (edits.length === 0) expect(result).toMatchObject({ start, end, confidence: 1 });
        });
      }),
      { numRuns: 200 },
    );
  });
});
