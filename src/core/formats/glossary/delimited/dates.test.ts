import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';

describe('cells', () => {
  it('reads ISO 8601 dates, a time without an offset as UTC, and memoQ dates', () => {
    expect(parseDate('')).toBeUndefined();
    expect(parseDate('2025-01-31')).toBe(Date.UTC(2025, 0, 31));
    expect(parseDate('2025-01-31T09:30:00Z')).toBe(Date.UTC(2025, 0, 31, 9, 30));
    expect(parseDate('2025-01-31T09:30:00.123Z')).toBe(Date.UTC(2025, 0, 31, 9, 30, 0, 123));
    expect(parseDate('2025-01-31T09:30:00.1234567Z')).toBe(Date.UTC(2025, 0, 31, 9, 30, 0, 123));
    expect(parseDate('2025-01-31 09:30')).toBe(Date.UTC(2025, 0, 31, 9, 30));
    expect(parseDate('2025-01-31T09:30:00+08:00')).toBe(Date.UTC(2025, 0, 31, 1, 30));
    expect(parseDate('2025-01-31T09:30:00-0530')).toBe(Date.UTC(2025, 0, 31, 15, 0));
    expect(parseDate('3/7/2021 2:05:09 PM')).toBe(Date.UTC(2021, 2, 7, 14, 5, 9));
    expect(parseDate('3/7/2021 12:00:00 AM')).toBe(Date.UTC(2021, 2, 7, 0, 0, 0));
    expect(parseDate('12/31/2021 12:30:00 PM')).toBe(Date.UTC(2021, 11, 31, 12, 30));
    expect(parseDate('0050-06-01')).toBe(new Date('0050-06-01T00:00:00Z').getTime());
  });

  it('refuses what is not such a date, including days that do not exist', () => {
    for (const text of ['yesterday', '2025-02-30', '2025-13-01', '2025-01-31T24:00:00Z', '31/12/2021', '13/1/2021 1:00:00 PM', '1/1/2021 13:00:00 PM', '2025-01-31T09:30:00+25:00', '1700000000000']) {
      expect(parseDate(text), text).toBeNull();
    }
  });
});
