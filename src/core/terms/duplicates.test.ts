import { describe, expect, it } from 'vitest';
import type { Term } from '../model';
import { findDuplicateGroups, mergeTerms } from './duplicates';

const row = (id: string, source: string, target: string, preferred = '') => ({ id, source, target, preferred });

function term(fields: Partial<Term> & { id: string }): Term {
  return {
    glossaryId: 'g1',
    source: '超部制',
    target: 'superministerial system',
    preferred: '',
    forbidden: [],
    status: 'proposed',
    author: 'Ann',
    createdAt: 100,
    updatedAt: 100,
    ...fields,
  };
}

describe('findDuplicateGroups', () => {
  it('groups the same source rendered the same way, however it is spelled', () => {
    const groups = findDuplicateGroups([
      row('a', '超部制', 'Super-ministry System'),
      row('b', ' 超部制 ', 'super‑ministry  system'),
      row('c', '双增长', 'double growth', 'dual growth'),
      row('d', '双增长', 'twofold growth', 'Dual Growth'),
      row('e', '其他', 'other'),
    ]);
    expect(groups).toEqual([
      { key: '超部制\tsuper-ministry system', ids: ['a', 'b'], reason: 'same-source-and-target' },
      { key: '双增长\tdual growth', ids: ['c', 'd'], reason: 'same-source-and-target' },
    ]);
  });

  it('groups the rest of a shared source as same-source, each term in one group only, stronger first', () => {
    const groups = findDuplicateGroups([
      row('a', '超部制', 'superministerial system'),
      row('b', '超部制', 'super-ministry system'),
      row('c', '双增长', 'double growth'),
      row('d', '超部制', 'Superministerial System'),
      row('e', '双增长', 'dual growth'),
      row('f', '双增长', 'twofold growth'),
    ]);
    expect(groups).toEqual([
      { key: '超部制\tsuperministerial system', ids: ['a', 'd'], reason: 'same-source-and-target' },
      { key: '双增长', ids: ['c', 'e', 'f'], reason: 'same-source' },
    ]);
  });

  it('tells a preferred rendering from a missing one', () => {
    expect(findDuplicateGroups([row('a', '超部制', 'x', 'super-ministry system'), row('b', '超部制', 'x')])).toEqual([
      { key: '超部制', ids: ['a', 'b'], reason: 'same-source' },
    ]);
  });

  it('groups target-only entries by rendering, but never empty rows or empty sources alone', () => {
    expect(
      findDuplicateGroups([row('a', '', 'dual growth'), row('b', '', 'Dual growth'), row('c', '', ''), row('d', '', ''), row('e', '', 'other'), row('f', ' ', 'another')]),
    ).toEqual([{ key: '\tdual growth', ids: ['a', 'b'], reason: 'same-source-and-target' }]);
    expect(findDuplicateGroups([])).toEqual([]);
    expect(findDuplicateGroups([row('a', '超部制', 'x')])).toEqual([]);
  });

  it('handles 100,000 terms in linear time', () => {
    const terms = Array.from({ length: 100_000 }, (_, i) => row(`t${i}`, `source ${i % 40_000}`, `target ${i % 80_000}`));
    const started = performance.now();
    const groups = findDuplicateGroups(terms);
    const elapsed = performance.now() - started;
    expect(groups.length).toBe(40_000);
    expect(groups.filter((group) => group.reason === 'same-source-and-target').length).toBeGreaterThan(0);
    expect(new Set(groups.flatMap((group) => group.ids)).size).toBe(groups.reduce((sum, group) => sum + group.ids.length, 0));
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe('mergeTerms', () => {
  it('keeps the kept id and glossary, the earliest creation and stamps the update', () => {
    const merged = mergeTerms(term({ id: 'keep', createdAt: 500 }), [term({ id: 'x', glossaryId: 'g2', createdAt: 200 }), term({ id: 'y', createdAt: 300 })], 999);
    expect(merged).toMatchObject({ id: 'keep', glossaryId: 'g1', createdAt: 200, updatedAt: 999 });
  });

  it('fills empty fields from the others in order and never overwrites filled ones', () => {
    const merged = mergeTerms(
      term({ id: 'keep', preferred: '', domain: 'politics' }),
      [term({ id: 'x', preferred: 'super-ministry system', partOfSpeech: 'noun', domain: 'law' }), term({ id: 'y', preferred: 'other', partOfSpeech: 'verb' })],
      1,
    );
    expect(merged).toMatchObject({ preferred: 'super-ministry system', partOfSpeech: 'noun', domain: 'politics', target: 'superministerial system', author: 'Ann' });
  });

  it('pools forbidden variants, first spelling first, without the preferred rendering', () => {
    const merged = mergeTerms(
      term({ id: 'keep', preferred: 'dual growth', forbidden: ['double growth', ''] }),
      [term({ id: 'x', forbidden: ['Double  Growth', 'twofold growth', 'Dual Growth'] }), term({ id: 'y', forbidden: ['two-fold growth', 'twofold growth'] })],
      1,
    );
    expect(merged.forbidden).toEqual(['double growth', 'twofold growth', 'two-fold growth']);
  });

  it('keeps every distinct note, definition and context, one per line', () => {
    const merged = mergeTerms(
      term({ id: 'keep', note: 'From the 2023 reform.', definition: '' }),
      [term({ id: 'x', note: 'From the 2023 reform.', definition: 'Merging ministries.', context: 'State Council' }), term({ id: 'y', note: ' Check with the editor. ' })],
      1,
    );
    expect(merged.note).toBe('From the 2023 reform.\nCheck with the editor.');
    expect(merged.definition).toBe('Merging ministries.');
    expect(merged.context).toBe('State Council');
  });

  it('is forbidden if the kept term is, else approved if any is, else proposed', () => {
    expect(mergeTerms(term({ id: 'k', status: 'forbidden' }), [term({ id: 'x', status: 'approved' })], 1).status).toBe('forbidden');
    expect(mergeTerms(term({ id: 'k' }), [term({ id: 'x', status: 'forbidden' }), term({ id: 'y', status: 'approved' })], 1).status).toBe('approved');
    expect(mergeTerms(term({ id: 'k' }), [term({ id: 'x', status: 'forbidden' })], 1).status).toBe('proposed');
  });

  it('ignores the kept term among the others and leaves its inputs alone', () => {
    const keep = term({ id: 'keep', forbidden: ['a'] });
    const merged = mergeTerms(keep, [keep, term({ id: 'x', forbidden: ['b'] })], 1);
    expect(merged.forbidden).toEqual(['a', 'b']);
    expect(keep.forbidden).toEqual(['a']);
    expect(mergeTerms(keep, [], 7)).toEqual({ ...keep, updatedAt: 7 });
  });
});
