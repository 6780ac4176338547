/**
 * Date cells: ISO 8601 (what Glossa writes) and memoQ's en-US "M/d/yyyy h:mm:ss AM", both read
 * as UTC so an import does not depend on the computer's time zone; written back as ISO 8601.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** memoQ writes dates as M/d/yyyy h:mm:ss tt in UTC (en-US culture). */
const MEMOQ_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i;

function utcTime(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  // 31 February rolls over into March: refuse it rather than store another day.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/**
 * A date cell in milliseconds since the epoch: ISO 8601 (what Glossa writes; a time without an
 * offset is read as UTC so the result does not depend on the computer's time zone), or memoQ's
 * "M/d/yyyy h:mm:ss AM" in UTC. undefined for an empty cell, null for anything else.
 */
export function parseDate(cell: string): number | null | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = iso;
    const time = utcTime(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second), Number(fraction.slice(0, 3).padEnd(3, '0')));
    if (time === null) return null;
    const offset = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!offset) return time;
    const [, sign, hours = '0', minutes = '0'] = offset;
    if (Number(hours) > 23 || Number(minutes) > 59) return null;
    return time - (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
  }
  const memoQ = MEMOQ_DATE.exec(text);
  if (memoQ) {
    const [, month, day, year, hour = '0', minute = '0', second = '0', meridiem] = memoQ;
    let hours = Number(hour);
    if (meridiem !== undefined) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0);
    }
    return utcTime(Number(year), Number(month), Number(day), hours, Number(minute), Number(second), 0);
  }
  return null;
}

/** ISO 8601 in UTC, or "" when there is no (valid) date. */
export function isoDate(time: number | undefined): string {
  if (time === undefined) return '';
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
