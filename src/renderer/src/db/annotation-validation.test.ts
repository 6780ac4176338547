import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationKind } from '@core/model';
import {
  requireEditable,
  requireStatusFor,
  statusesFor,
  validAnchorState,
  validAuthor,
  validConfidence,
  validKind,
  validSelectors,
  validSeverity,
} from './annotation-validation';

const selectors: Annotation['selectors'] = {
  quote: { type: 'TextQuoteSelector', exact: 'meeting', prefix: 'The ', suffix: ' was' },
  position: { type: 'TextPositionSelector', start: 4, end: 11 },
};

describe('statuses', () => {
  it('lets only a flag be accepted, rejected or fixed', () => {
    expect(statusesFor('flag')).toEqual(['open', 'resolved', 'accepted', 'rejected', 'fixed']);
    for (const kind of ['term', 'note', 'query'] as AnnotationKind[]) expect(statusesFor(kind)).toEqual(['open', 'resolved']);
  });

  it('explains a refused status in words', () => {
    expect(() => requireStatusFor('note', 'fixed')).toThrow('A note cannot be “fixed”. It can be open, resolved.');
    expect(() => requireStatusFor('flag', 'fixed')).not.toThrow();
  });
});

describe('validSelectors', () => {
  it('copies only the selector fields', () => {
    const extra = { ...selectors, position: { ...selectors.position, note: 'x' }, more: 1 } as Annotation['selectors'];
    expect(validSelectors(extra)).toEqual(selectors);
  });

  it.each([
    [-1, 4],
    [5, 4],
    [0.5, 4],
    [0, Number.NaN],
  ])('refuses the range %s–%s', (start, end) => {
    expect(() => validSelectors({ ...selectors, position: { type: 'TextPositionSelector', start, end } })).toThrow(
      expect.objectContaining({ code: 'invalid-annotation' }),
    );
  });

  it('accepts an empty range (a caret) and refuses a quote without its texts', () => {
    expect(validSelectors({ ...selectors, position: { type: 'TextPositionSelector', start: 3, end: 3 } }).position).toMatchObject({ start: 3, end: 3 });
    expect(() => validSelectors({ ...selectors, quote: { type: 'TextQuoteSelector', exact: 'x' } as never })).toThrow(/exact, prefix and suffix/);
  });
});

describe('the other checks', () => {
  it('trim authors and refuse blank ones', () => {
    expect(validAuthor('  Lin ')).toBe('Lin');
    expect(() => validAuthor(' \t')).toThrow(/author name/);
  });

  it('refuse values outside their sets', () => {
    expect(() => validKind('comment' as never)).toThrow(/not a kind/);
    expect(() => validSeverity('huge' as never)).toThrow(/not an MQM severity/);
    expect(() => validAnchorState('lost' as never)).toThrow(/not an anchor state/);
    expect([0, 0.5, 1].map(validConfidence)).toEqual([0, 0.5, 1]);
    for (const bad of [-0.1, 1.1, Number.NaN]) expect(() => validConfidence(bad)).toThrow(/between 0 and 1/);
  });

  it('refuse a missing or trashed document with the StorageError codes the UI knows', () => {
    const document = { id: 'd', title: 'Minutes', deletedAt: 5 } as Parameters<typeof requireEditable>[0];
    expect(() => requireEditable(undefined)).toThrow(expect.objectContaining({ name: 'StorageError', code: 'not-found' }));
    expect(() => requireEditable(document)).toThrow(expect.objectContaining({ code: 'in-trash', message: expect.stringContaining('“Minutes” is in the Trash') }));
  });
});
