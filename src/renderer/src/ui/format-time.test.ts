import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelativeTime } from './format-time';

describe('formatRelativeTime', () => {
  const now = Date.UTC(2026, 10, 24, 12, 0, 0);
  it('says "just now" for changes under a minute old', () => {
    expect(formatRelativeTime(now - 20_000, now, 'en')).toBe('just now');
  });
  it('uses the largest whole unit', () => {
    expect(formatRelativeTime(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime(now - 26 * 3600_000, now, 'en')).toBe('yesterday');
    expect(formatRelativeTime(now - 3 * 7 * 24 * 3600_000, now, 'en')).toBe('3 weeks ago');
  });
});

describe('formatDateTime', () => {
  const then = Date.UTC(2026, 11, 3, 17, 5, 0);
  it('writes the date and time in the order and words of the locale, not always the US one', () => {
    expect(formatDateTime(then, 'en-US', 'UTC')).toBe('Dec 3, 2026, 5:05 PM');
    expect(formatDateTime(then, 'en-GB', 'UTC')).toBe('3 Dec 2026, 17:05');
    expect(formatDateTime(then, 'de-DE', 'UTC')).toBe('03.12.2026, 17:05');
  });
});
