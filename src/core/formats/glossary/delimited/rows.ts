/**
 * A GlossaryTable's rows as GlossaryRows under an accepted column mapping, each row either read
 * or skipped with its line and the reason.
 */
import { emptyRow, GlossaryFormatError } from '../types';
import type { GlossaryReadResult, GlossaryRow, SkippedRow } from '../types';
import { cleanCell, parseStatus, splitForbidden } from './cells';
import type { ColumnField, GlossaryTable } from './columns';
import { parseDate } from './dates';

const TERM_FIELDS: ReadonlySet<ColumnField> = new Set(['source', 'target', 'preferred']);

const DATE_COLUMN_NAMES: Readonly<Record<'createdAt' | 'updatedAt', string>> = { createdAt: 'Created', updatedAt: 'Updated' };

type TextField = 'source' | 'target' | 'preferred' | 'partOfSpeech' | 'domain' | 'definition' | 'context' | 'note' | 'author';

export function cellCountReason(cells: number, columns: number): string {
  return `has ${cells} ${cells === 1 ? 'cell' : 'cells'}; the header has ${columns} ${columns === 1 ? 'column' : 'columns'}`;
}

/** One row of cells as a GlossaryRow, or the reason it cannot be one. */
function rowFromCells(cells: readonly string[], mapping: readonly ColumnField[], width: number): GlossaryRow | string {
  // A short row is fine when only ignored columns are missing; a long one when the extra cells are empty.
  for (let column = cells.length; column < width; column += 1) {
    if ((mapping[column] ?? 'ignore') !== 'ignore') return cellCountReason(cells.length, width);
  }
  for (let column = width; column < cells.length; column += 1) {
    if (cleanCell(cells[column]) !== '') return cellCountReason(cells.length, width);
  }
  const row = emptyRow();
  const text: Partial<Record<TextField, string>> = {};
  for (let column = 0; column < Math.min(width, cells.length); column += 1) {
    const field = mapping[column] ?? 'ignore';
    const value = cleanCell(cells[column]);
    if (field === 'ignore') continue;
    if (field === 'forbidden') {
      row.forbidden.push(...splitForbidden(value));
    } else if (field === 'status') {
      if (value === '') continue;
      const status = parseStatus(value);
      if (status === null) return `unknown status “${value}” (use proposed, approved or forbidden)`;
      row.status = status;
    } else if (field === 'createdAt' || field === 'updatedAt') {
      const time = parseDate(value);
      if (time === null) return `the ${DATE_COLUMN_NAMES[field]} date “${value}” is not a date (use ISO 8601, e.g. 2025-01-31T09:30:00Z)`;
      if (time !== undefined && row[field] === undefined) row[field] = time;
    } else if (value !== '' && text[field] === undefined) {
      text[field] = value;
    }
  }
  if (!text.source && !text.target && !text.preferred) return 'no source or target term';
  row.source = text.source ?? '';
  row.target = text.target ?? '';
  row.preferred = text.preferred ?? '';
  for (const field of ['partOfSpeech', 'domain', 'definition', 'context', 'note', 'author'] as const) {
    const value = text[field];
    if (value !== undefined) row[field] = value;
  }
  return row;
}

/**
 * The table's rows with the mapping the person accepted (one field per header column; a
 * missing entry means 'ignore'). Every cell is trimmed and loses a protective apostrophe (see
 * cleanCell). A row is skipped, with its line and the reason, when it has no source, target or
 * preferred term, when cells are missing under mapped columns (or extra cells hold text), when
 * its status is not proposed/approved/forbidden or a synonym (preferred → approved; deprecated,
 * do not use → forbidden; new, draft → proposed), or when a date is not ISO 8601 (or memoQ's
 * M/d/yyyy h:mm:ss AM). An empty status is proposed. Duplicates are kept: merging is the
 * importer's decision. A mapping without a source, target or preferred column throws.
 */
export function rowsFromTable(table: GlossaryTable, mapping: readonly ColumnField[]): GlossaryReadResult {
  if (!mapping.some((field) => TERM_FIELDS.has(field))) {
    throw new GlossaryFormatError(table.fileName, 'no column holds the source, target or preferred term. Choose which columns hold the terms.');
  }
  const rows: GlossaryRow[] = [];
  const rowNumbers: number[] = [];
  const skipped: SkippedRow[] = [];
  table.rows.forEach((cells, index) => {
    const result = rowFromCells(cells, mapping, table.header.length);
    const line = table.lines?.[index] ?? table.firstRow + index;
    if (typeof result === 'string') skipped.push({ row: line, reason: result });
    else {
      rows.push(result);
      rowNumbers.push(line);
    }
  });
  return { meta: {}, rows, skipped, rowNumbers };
}
