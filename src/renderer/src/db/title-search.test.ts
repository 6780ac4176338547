import { describe, expect, it } from 'vitest';
import { searchWords, titleMatches } from './title-search';

function matches(title: string, search: string): boolean {
  return titleMatches(title, searchWords(search));
}

describe('title search', () => {
  it('matches every word in any order, ignoring case', () => {
    expect(matches('Provincial Government Meeting', 'meeting provincial')).toBe(true);
    expect(matches('Provincial Government Meeting', 'meeting budget')).toBe(false);
  });

  it('matches CJK substrings and full-width Latin letters', () => {
    expect(matches('省政府常务会议 AI', '常务')).toBe(true);
    expect(matches('省政府常务会议 AI', 'ａｉ')).toBe(true);
  });

  it('matches everything for an empty or blank search', () => {
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords(' \t ')).toEqual([]);
    expect(matches('Anything', '')).toBe(true);
  });
});
