import { describe, expect, it } from 'vitest';
import type { Term } from '@core/model';
import { DEFAULT_QUERY, viewTerms } from './term-view';

let clock = 0;
function term(id: string, fields: Partial<Term>): Term {
  clock += 1;
  return {
    id,
    glossaryId: 'g',
    source: '',
    target: '',
    preferred: '',
    forbidden: [],
    status: 'proposed',
    author: 'Lin',
    createdAt: clock,
    updatedAt: clock,
    deletedAt: null,
    ...fields,
  };
}

const TERMS = [
  term('a', { source: '大部制', target: 'superministerial system', preferred: 'super-ministry system', status: 'approved' }),
  term('b', { source: '双增长', target: 'double growth', preferred: 'dual growth', note: 'economy' }),
  term('c', { source: '大部制', target: 'big ministry system' }),
  term('d', { source: '钉钉子', target: 'driving nails', forbidden: ['Nail Driving'], status: 'forbidden' }),
];

describe('viewTerms', () => {
  it('searches every text field, normalised, and filters by status', () => {
    expect(viewTerms(TERMS, { ...DEFAULT_QUERY, search: 'NAIL driving' }).rows.map((t) => t.id)).toEqual(['d']);
    expect(viewTerms(TERMS, { ...DEFAULT_QUERY, search: 'economy' }).rows.map((t) => t.id)).toEqual(['b']);
    expect(viewTerms(TERMS, { ...DEFAULT_QUERY, status: 'approved' }).rows.map((t) => t.id)).toEqual(['a']);
    expect(viewTerms(TERMS, DEFAULT_QUERY).rows.map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts by a column either way, and keeps the order it was given without a sort', () => {
    const ascending = viewTerms(TERMS, { ...DEFAULT_QUERY, sort: { key: 'target', direction: 'ascending' } }).rows.map((t) => t.target);
    expect(ascending).toEqual(['big ministry system', 'double growth', 'driving nails', 'superministerial system']);
    const descending = viewTerms(TERMS, { ...DEFAULT_QUERY, sort: { key: 'target', direction: 'descending' } }).rows.map((t) => t.target);
    expect(descending).toEqual([...ascending].reverse());
  });

  it('marks duplicates (same source) and shows only them, each group together', () => {
    const view = viewTerms([...TERMS, term('e', { source: '双增长', target: 'double growth' })], { ...DEFAULT_QUERY, duplicatesOnly: true });
    expect(view.rows.map((t) => t.id)).toEqual(['a', 'c', 'b', 'e']);
    expect(view.duplicateOf.get('c')).toBe(view.duplicateOf.get('a'));
    expect(view.duplicateOf.has('d')).toBe(false);
  });
});
