/**
 * Glossaries as Excel workbooks. Reading gives the same GlossaryTable as a CSV, so the same
 * column mapping preview applies; writing uses the CSV's columns. Both use the libraries'
 * `/universal` entry points, which run in the renderer, a worker or Node alike.
 *
 * Cells are written as text cells, which Excel never evaluates, so unlike CSV they need no
 * protective apostrophe; only the escape that keeps a typed leading apostrophe is applied
 * (escapeLeadingApostrophe), because the reader drops one. Dates are written as ISO 8601 text,
 * not as Excel dates: Excel stores a date as a fraction of a day, which would not round-trip to
 * the millisecond.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { CellValue, Row as ReadRow } from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { Row as WriteRow } from 'write-excel-file/universal';
import { XLSX_LIMITS, defuseArchive, isArchiveLimitError } from '../archive';
import { stripInvalidXmlChars } from '../xml';
import { tooLargeReason } from './decode';
import { escapeLeadingApostrophe } from '../../text/spreadsheet-cell';
import { GLOSSARY_COLUMNS, glossaryCells } from './delimited';
import type { GlossaryTable } from './delimited';
import { GlossaryFormatError, MAX_GLOSSARY_BYTES } from './types';
import type { GlossaryRow } from './types';

/** The first bytes of every zip archive, and so of every .xlsx. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The first bytes of an OLE2 compound file: Excel 97–2003 .xls (and .doc, .msg…). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const NOT_A_WORKBOOK = 'it is not an Excel workbook (.xlsx).';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function cellText(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * The first sheet of a workbook as a table: its first non-empty row is the header, later empty
 * rows are left out, and `lines` holds each row's spreadsheet row number. Cells become text:
 * numbers and booleans as written by String(), dates as ISO 8601. Anything that is not a
 * readable .xlsx (a .xls, a zip of something else, garbage) throws GlossaryFormatError.
 */
export async function readXlsxTable(bytes: Uint8Array, fileName: string): Promise<GlossaryTable> {
  if (bytes.length === 0) throw new GlossaryFormatError(fileName, 'it is empty.');
  if (bytes.length > MAX_GLOSSARY_BYTES) throw new GlossaryFormatError(fileName, tooLargeReason(bytes.length));
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new GlossaryFormatError(fileName, 'it is an Excel 97–2003 workbook (.xls). Save it as an Excel Workbook (.xlsx) and import it again.');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new GlossaryFormatError(fileName, NOT_A_WORKBOOK);

  // Unpacked within XLSX_LIMITS (docs/adr/0008-archive-limits.md) and packed again without
  // compression, so read-excel-file's own unzip only copies bytes that were measured.
  let archive: Uint8Array<ArrayBuffer>;
  try {
    archive = defuseArchive(fileName, bytes, XLSX_LIMITS);
  } catch (error) {
    if (!isArchiveLimitError(error)) throw error;
    throw new GlossaryFormatError(fileName, error.problem.code === 'not-zip' ? NOT_A_WORKBOOK : error.reason, { cause: error });
  }

  let data: ReadRow[];
  try {
    const sheets = await readXlsxFile(archive.buffer);
    data = sheets[0]?.data ?? [];
  } catch (error) {
    throw new GlossaryFormatError(fileName, NOT_A_WORKBOOK, { cause: error });
  }

  const rows: string[][] = [];
  const lines: number[] = [];
  data.forEach((cells, index) => {
    const texts = cells.map(cellText);
    if (texts.every((text) => text.trim() === '')) return;
    rows.push(texts);
    lines.push(index + 1);
  });
  const [header, ...body] = rows;
  if (header === undefined) throw new GlossaryFormatError(fileName, 'its first sheet is empty.');
  if (body.length === 0) throw new GlossaryFormatError(fileName, 'its first sheet has a header row but no terms.');
  return { fileName, delimiter: '', header: header.map((cell) => cell.trim()), rows: body, firstRow: lines[1] ?? 2, lines: lines.slice(1) };
}

/**
 * XML 1.0, which .xlsx is made of, cannot hold most control characters or lone surrogates;
 * they would make Excel refuse the whole file, so they are dropped. A carriage return would be
 * read back as a line feed, so line breaks are written as "\n".
 */
function xmlSafe(text: string): string {
  return stripInvalidXmlChars(text.replace(/\r\n?/g, '\n'));
}

/**
 * OOXML writes characters XML cannot hold as "_xHHHH_", so a reader turns text that merely looks
 * like that ("_x000D_") into the character. Escaping the underscore as "_x005F_" keeps the
 * text as typed.
 */
function escapeOoxml(text: string): string {
  // A lookahead, so the underscore that ends one lookalike and starts the next is escaped too.
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}

/**
 * write-excel-file indexes its shared strings in a plain object, so a cell reading "constructor",
 * "toString" or "__proto__" finds Object.prototype's property instead of a string id and writes
 * a broken cell. Such a cell is written with its first character escaped as "_xHHHH_", which
 * Excel and read-excel-file decode back to the same text.
 */
function avoidPrototypeKeys(text: string): string {
  if (!Object.hasOwn(Object.prototype, text)) return text;
  return `_x${text.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_${text.slice(1)}`;
}

/** Column widths in characters: terms narrow-ish, prose columns wider. */
const COLUMN_WIDTHS: Readonly<Record<string, number>> = {
  Source: 24,
  'Target (MT)': 24,
  Preferred: 24,
  Forbidden: 24,
  Definition: 40,
  Context: 40,
  Note: 40,
  Created: 22,
  Updated: 22,
};

/** Rows as an .xlsx workbook: one sheet, "Glossary", with a bold, frozen GLOSSARY_COLUMNS header. */
export async function writeXlsx(rows: readonly GlossaryRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const header: WriteRow = GLOSSARY_COLUMNS.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' as const }));
  const body: WriteRow[] = rows.map((row) => glossaryCells(row).map((cell) => ({ value: avoidPrototypeKeys(escapeOoxml(escapeLeadingApostrophe(xmlSafe(cell)))), type: String })));
  const blob = await writeXlsxFile([header, ...body], {
    sheet: 'Glossary',
    stickyRowsCount: 1,
    columns: GLOSSARY_COLUMNS.map((column) => ({ width: COLUMN_WIDTHS[column.header] ?? 14 })),
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
