import { describe, expect, it } from 'vitest';
import type { TextQuoteSelector } from '../model';
import { NEEDS_CHECK_BELOW, anchorAnnotation, needsCheck } from './anchor';
import { ARTICLE, nth } from './test-fixtures';
import { describeRange } from './describe';
import type { AnnotationSelectors } from './types';

/** Selectors of the n-th occurrence of `quote`, as recorded when the translator selected it. */
function select(text: string, quote: string, n = 0): AnnotationSelectors {
  const { start, end } = nth(text, quote, n);
  return describeRange(text, start, end);
}

/** Replace text[from, to) with as many '*': words rewritten, offsets unchanged. */
function redact(text: string, from: number, to: number): string {
  const low = Math.max(0, from);
  const high = Math.min(text.length, to);
  return text.slice(0, low) + '*'.repeat(high - low) + text.slice(high);
}

describe('anchorAnnotation: exact', () => {
  it('anchors on unchanged text where it was, with confidence 1', () => {
    const selectors = select(ARTICLE, 'superministerial + plan system');
    expect(anchorAnnotation(ARTICLE, selectors)).toEqual({
      state: 'anchored',
      ...nth(ARTICLE, 'superministerial + plan system'),
      confidence: 1,
      strategy: 'exact',
    });
  });

  it('follows a repeated quote to the right occurrence after text is inserted above', () => {
    const selectors = select(ARTICLE, 'The meeting noted that', 1);
    const edited = `[ad_1]\nOriginal title: Provincial government holds 60th executive meeting\n\n${ARTICLE}`;
    expect(anchorAnnotation(edited, selectors)).toMatchObject({
      state: 'anchored',
      ...nth(edited, 'The meeting noted that', 1),
      confidence: 1,
      strategy: 'exact',
    });
  });

  it('anchors a unique quote whose surroundings were rewritten, but asks for a check', () => {
    const selectors = select(ARTICLE, 'double growth');
    const rewritten = 'Officials debated a target called “double growth” late into the night.';
    const edited = ARTICLE.replace(PARAGRAPH_2_START, rewritten);
    const result = anchorAnnotation(edited, selectors);
    expect(result).toMatchObject({ state: 'anchored', ...nth(edited, 'double growth'), strategy: 'exact' });
    expect(result.confidence).toBeLessThan(NEEDS_CHECK_BELOW);
    expect(needsCheck(result)).toBe(true);
  });

  it('keeps to the exact words elsewhere rather than guess at an edited original, and says so', () => {
    const selectors = select(ARTICLE, 'Longgang', 2);
    expect(ARTICLE.slice(nth(ARTICLE, 'Longgang', 2).start - 8)).toMatch(/^support Longgang to deepen/);
    const edited = ARTICLE.replace('support Longgang to deepen', 'support Long Gang to deepen');
    const result = anchorAnnotation(edited, selectors);
    expect(result.state).toBe('anchored');
    expect(edited.slice(result.start, result.end)).toBe('Longgang');
    expect(needsCheck(result)).toBe(true);
  });
});

const PARAGRAPH_2_START = /On the night of December 21, Governor[^\n]*/;

describe('anchorAnnotation: position', () => {
  it('uses the stored offsets when several occurrences remain and none is in its old surroundings', () => {
    const quote = 'the provincial government';
    const selectors = select(ARTICLE, quote, 1);
    let edited = ARTICLE;
    for (const n of [0, 1]) {
      const { start, end } = nth(ARTICLE, quote, n);
      edited = redact(edited, start - 32, start);
      edited = redact(edited, end, end + 32);
    }
    const result = anchorAnnotation(edited, selectors);
    expect(result).toMatchObject({ state: 'anchored', ...nth(ARTICLE, quote, 1), strategy: 'position' });
    expect(needsCheck(result)).toBe(true);
    // Without stored offsets nothing tells the two apart: still the exact words, still flagged.
    const unplaced = anchorAnnotation(edited, { quote: selectors.quote });
    expect(unplaced).toMatchObject({ state: 'anchored', strategy: 'exact' });
    expect(needsCheck(unplaced)).toBe(true);
  });
});

describe('anchorAnnotation: fuzzy', () => {
  it('finds a quote edited inside, with confidence below 1', () => {
    const selectors = select(ARTICLE, 'superministerial + plan system');
    const edited = ARTICLE.replace('superministerial + plan system', 'super-ministerial + plan system');
    const result = anchorAnnotation(edited, selectors);
    const range = nth(edited, 'super-ministerial + plan system');
    expect(result).toMatchObject({ state: 'fuzzy', ...range, strategy: 'fuzzy' });
    expect(result.confidence).toBeLessThan(1);
    expect(needsCheck(result)).toBe(false);
  });

  it('asks for a check when both the quote and its surroundings changed a lot', () => {
    const selectors = select(ARTICLE, 'critical little thing');
    const edited = ARTICLE.replace(
      'vehicle inspection is a “critical little thing” that involves',
      'car testing is a “critical small thing” which concerns',
    );
    const result = anchorAnnotation(edited, selectors);
    expect(result.state).toBe('fuzzy');
    expect(edited.slice(result.start, result.end)).toContain('critical small thing');
    expect(needsCheck(result)).toBe(true);
  });
});

describe('anchorAnnotation: orphan', () => {
  it('makes an orphan of an annotation whose words were deleted', () => {
    const selectors = select(ARTICLE, 'superministerial + plan system');
    const edited = ARTICLE.replace(/ It is necessary to highlight the driving force[^.]*\./, '');
    expect(edited).not.toContain('plan system');
    expect(anchorAnnotation(edited, selectors)).toEqual({
      state: 'orphan',
      start: -1,
      end: -1,
      confidence: 0,
      strategy: 'none',
    });
  });

  const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({
    type: 'TextQuoteSelector',
    exact,
    prefix,
    suffix,
  });
  const position = (start: number, end: number) => ({ type: 'TextPositionSelector' as const, start, end });

  it.each<[string, string, AnnotationSelectors]>([
    ['empty text', '', { quote: quote('Longgang'), position: position(0, 8) }],
    ['empty quote', ARTICLE, { quote: quote(''), position: position(0, 0) }],
    ['quote longer than the text', 'Longgang', { quote: quote(ARTICLE), position: position(0, ARTICLE.length) }],
    ['negative offsets', 'plan', { quote: quote('Longgang'), position: position(-5, -1) }],
    ['offsets past the end', 'plan', { quote: quote('Longgang'), position: position(1e9, 1e9 + 8) }],
    ['NaN offsets', 'plan', { quote: quote('Longgang'), position: position(Number.NaN, Number.NaN) }],
  ])('never throws (%s): an orphan', (_case, text, selectors) => {
    expect(anchorAnnotation(text, selectors)).toMatchObject({ state: 'orphan', start: -1, end: -1, confidence: 0 });
  });

  it('never throws on records of the wrong shape', () => {
    const broken = [undefined, null, {}, { quote: null }, { quote: { exact: 42 } }] as unknown as AnnotationSelectors[];
    for (const selectors of broken) expect(anchorAnnotation(ARTICLE, selectors).state).toBe('orphan');
    expect(anchorAnnotation(null as unknown as string, select(ARTICLE, 'Longgang')).state).toBe('orphan');
  });

  it('still anchors a sound quote whose offsets are nonsense', () => {
    const selectors = { ...select(ARTICLE, 'driving nails'), position: position(-3, 1e12) };
    expect(anchorAnnotation(ARTICLE, selectors)).toMatchObject({ ...nth(ARTICLE, 'driving nails'), confidence: 1 });
  });
});
