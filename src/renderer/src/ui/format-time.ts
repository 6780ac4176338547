// Renderer: times as the translator's own locale writes them (Intl): "3 minutes ago" for the
// library list, and a date with its time for replies, terms and backups.
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

export function formatRelativeTime(then: number, now: number = Date.now(), locale?: string): string {
  const elapsed = then - now;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(Math.round(elapsed / size), unit);
  }
  return 'just now';
}

/** A date and time in the locale's own order and words ("3 Dec 2026, 17:05" in en-GB, "3. Dez. 2026, 17:05" in de). */
export function formatDateTime(then: number, locale?: string, timeZone?: string): string {
  if (!Number.isFinite(then)) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(then);
}
