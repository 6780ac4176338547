import { describe, expect, it } from 'vitest';
import { findOccurrences, nearestFirst } from './occurrences';
import { ARTICLE } from './test-fixtures';

describe('findOccurrences', () => {
  it('finds every occurrence, overlapping ones included', () => {
    expect(findOccurrences(ARTICLE, 'The meeting noted that')).toHaveLength(3);
    expect(findOccurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findOccurrences('abc', '')).toEqual([]);
  });

  it('keeps to the window it is given, clamped to the text', () => {
    const all = findOccurrences(ARTICLE, 'Longgang');
    expect(findOccurrences(ARTICLE, 'Longgang', all[1], all[1] + 8)).toEqual([all[1]]);
    expect(findOccurrences(ARTICLE, 'Longgang', all[1], all[1] + 7)).toEqual([]);
    expect(findOccurrences(ARTICLE, 'Longgang', -100, ARTICLE.length + 100)).toEqual(all);
  });
});

describe('nearestFirst', () => {
  it('orders by distance from the hint, earlier first on ties', () => {
    expect(nearestFirst([0, 10, 20, 30], 18)).toEqual([20, 10, 30, 0]);
    expect(nearestFirst([10, 20], 15)).toEqual([10, 20]);
    expect(nearestFirst([10, 20], undefined)).toEqual([10, 20]);
    expect(nearestFirst([], 5)).toEqual([]);
  });
});
