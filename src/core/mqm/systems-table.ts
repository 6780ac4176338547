/**
 * The systems table of a multi-system, multi-rater MQM evaluation (scoreSegments' rows), sorted
 * by any column and written as CSV. Pure: the UI keeps the chosen column and direction.
 */
import Papa from 'papaparse';
import { neutraliseCell } from '../text/spreadsheet-cell';
import type { SystemScore } from './segment-score';

export const SYSTEMS_TABLE_COLUMNS = ['system', 'averagePenalty', 'segments', 'ratings', 'raters', 'errors', 'penalty'] as const;
export type SystemsTableColumn = (typeof SYSTEMS_TABLE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

function value(row: SystemScore, column: SystemsTableColumn): number | string {
  return column === 'raters' ? row.byRater.length : row[column];
}

/**
 * A sorted copy. Ties keep WMT's order (lower average penalty first, then by name), so a sort is
 * stable across clicks; names compare as people read them ("metricsystem2" before "metricsystem10").
 */
export function sortSystemScores(rows: readonly SystemScore[], column: SystemsTableColumn, direction: SortDirection = 'ascending'): SystemScore[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const compare = (a: number | string, b: number | string) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return [...rows].sort(
    (a, b) => sign * compare(value(a, column), value(b, column)) || a.averagePenalty - b.averagePenalty || collator.compare(a.system, b.system),
  );
}

const CSV_HEADER: Readonly<Record<SystemsTableColumn, string>> = {
  system: 'system',
  averagePenalty: 'mqm_average_penalty_per_segment_per_rater',
  segments: 'segments',
  ratings: 'ratings',
  raters: 'raters',
  errors: 'errors',
  penalty: 'penalty_total',
};

/**
 * The table as CSV in the rows' order: UTF-8 with a BOM (Excel reads CJK system names then),
 * CRLF, papaparse's quoting, and the one spreadsheet-cell rule on the system name.
 */
export function systemsTableCsv(rows: readonly SystemScore[], options: { byteOrderMark?: boolean } = {}): string {
  const data = rows.map((row) => SYSTEMS_TABLE_COLUMNS.map((column) => (column === 'system' ? neutraliseCell(row.system) : String(value(row, column)))));
  const csv = Papa.unparse({ fields: SYSTEMS_TABLE_COLUMNS.map((column) => CSV_HEADER[column]), data }, { newline: '\r\n' });
  return `${options.byteOrderMark === false ? '' : '\uFEFF'}${csv}\r\n`;
}
