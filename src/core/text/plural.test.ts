import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf', () => {
  it('says one and many as English does', () => {
    expect(countOf(1, 'term', 'en-US')).toBe('1 term');
    expect(countOf(0, 'term', 'en-US')).toBe('0 terms');
    expect(countOf(2, 'flag', 'en-US')).toBe('2 flags');
    expect(countOf(1, { one: 'query', other: 'queries' }, 'en-US')).toBe('1 query');
    expect(countOf(3, { one: 'query', other: 'queries' }, 'en-US')).toBe('3 queries');
  });

  it('writes the number in the locale asked for', () => {
    expect(countOf(12_345, 'word', 'en-US')).toBe('12,345 words');
    expect(countOf(12_345, 'word', 'de-DE')).toBe('12.345 words');
  });
});
