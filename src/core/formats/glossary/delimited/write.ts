/**
 * Glossa's CSV and TSV export: GLOSSARY_COLUMNS as the header, every text cell made safe for
 * spreadsheets, a byte order mark for Excel. glossaryCells is shared with the xlsx writer.
 */
import Papa from 'papaparse';
import { spreadsheetSafeCell } from '../../../text/spreadsheet-cell';
import type { GlossaryRow } from '../types';
import { FORBIDDEN_SEPARATOR, GLOSSARY_COLUMNS } from './columns';
import { isoDate } from './dates';

interface DelimitedWriteOptions {
  /**
   * Start with a UTF-8 byte order mark (default true): without one, Excel reads the file in the
   * system's legacy code page and garbles CJK text. Other tools, and parseDelimited, skip it.
   */
  byteOrderMark?: boolean;
}

/** A row's cells in GLOSSARY_COLUMNS order, before any escaping. */
export function glossaryCells(row: GlossaryRow): string[] {
  return GLOSSARY_COLUMNS.map(({ field }) => {
    switch (field) {
      case 'forbidden':
        return row.forbidden.join(FORBIDDEN_SEPARATOR);
      case 'createdAt':
      case 'updatedAt':
        return isoDate(row[field]);
      default:
        return row[field] ?? '';
    }
  });
}

function withBom(text: string, options: DelimitedWriteOptions): string {
  return `${options.byteOrderMark === false ? '' : '\uFEFF'}${text}`;
}

/**
 * Rows as CSV: UTF-8, a GLOSSARY_COLUMNS header, CRLF line endings and RFC 4180 quoting
 * (papaparse), every text cell through spreadsheetSafeCell, forbidden renderings joined with
 * " | ", dates as ISO 8601 in UTC.
 */
export function writeCsv(rows: readonly GlossaryRow[], options: DelimitedWriteOptions = {}): string {
  const data = rows.map((row) => glossaryCells(row).map(spreadsheetSafeCell));
  const csv = Papa.unparse({ fields: GLOSSARY_COLUMNS.map((column) => column.header), data }, { newline: '\r\n', header: true });
  return withBom(csv.endsWith('\r\n') ? csv : `${csv}\r\n`, options);
}

/**
 * Rows as TSV with the CSV's columns. Tab-separated files are read line by line by many tools,
 * so tabs and line breaks inside cells become spaces rather than being quoted; only a cell that
 * starts with a quotation mark is quoted (RFC 4180 style), or a reader that honours quotes
 * would take the mark away. Cells go through spreadsheetSafeCell, as in CSV.
 */
export function writeTsv(rows: readonly GlossaryRow[], options: DelimitedWriteOptions = {}): string {
  const line = (cells: readonly string[]) =>
    cells
      .map((cell) => spreadsheetSafeCell(cell.replace(/[\t\n\r\u2028\u2029]/g, ' ')))
      .map((cell) => (cell.startsWith('"') ? `"${cell.replace(/"/g, '""')}"` : cell))
      .join('\t');
  const lines = [GLOSSARY_COLUMNS.map((column) => column.header), ...rows.map(glossaryCells)].map((cells) => `${line(cells)}\r\n`);
  return withBom(lines.join(''), options);
}
