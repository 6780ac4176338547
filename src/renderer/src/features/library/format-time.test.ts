import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './format-time';

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
