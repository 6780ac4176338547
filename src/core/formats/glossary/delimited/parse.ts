/**
 * CSV and TSV text as a GlossaryTable (papaparse): the delimiter detected among comma, tab and
 * semicolon, blank lines left out, each row with the line it starts on, and malformed quoting
 * either read again as plain text (tab-separated files) or refused naming the line.
 */
import Papa from 'papaparse';
import { normaliseLineBreaks } from '../../documents/decode-text';
import { GlossaryFormatError } from '../types';
import type { GlossaryTable } from './columns';

const DELIMITERS_TO_GUESS = [',', '\t', ';'];

interface ParsedLines {
  delimiter: string;
  rows: string[][];
  lines: number[];
}

/** A quote error: papaparse's own words are about characters, ours say where to look. */
class QuoteError extends Error {
  readonly line: number;
  /** The delimiter in use when it happened, given or detected. */
  readonly delimiter: string;

  constructor(line: number, delimiter: string) {
    super(`quotes are malformed on line ${line}`);
    this.line = line;
    this.delimiter = delimiter;
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) === 10) count += 1;
  return count;
}

/**
 * Every non-blank row with the line it starts on. Papaparse reports, per row, where it stopped
 * (cursor); the row itself starts after the blank lines it skipped.
 */
function parseLines(text: string, delimiter: string | undefined, quoteChar: string): ParsedLines {
  const rows: string[][] = [];
  const lines: number[] = [];
  let cursor = 0;
  let line = 1;
  let usedDelimiter = delimiter ?? ',';
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: DELIMITERS_TO_GUESS,
    newline: '\n',
    quoteChar,
    skipEmptyLines: 'greedy',
    step: (result) => {
      let start = cursor;
      // Only blank lines and the row's own leading spaces lie between: unquoted cells hold no line breaks.
      while (start < text.length && /\s/.test(text.charAt(start))) start += 1;
      line += countLineBreaks(text, cursor, start);
      if (result.errors.some((error) => error.type === 'Quotes')) throw new QuoteError(line, result.meta.delimiter);
      rows.push(result.data.map((cell) => String(cell)));
      lines.push(line);
      usedDelimiter = result.meta.delimiter;
      const end = result.meta.cursor;
      line += countLineBreaks(text, start, end);
      cursor = end;
    },
  });
  return { delimiter: usedDelimiter, rows, lines };
}

/**
 * A delimited file as a table. The delimiter is detected among comma, tab and semicolon unless
 * given. Line breaks are normalised to "\n" first (decodeGlossaryText already does), so a line
 * break inside a cell comes back as "\n". Blank lines are left out. Without a header row
 * (header: false) the columns are called "Column 1", "Column 2"… and every row is padded to the
 * widest one.
 *
 * Many tools write tab-separated files without RFC 4180 quoting, so a cell may start with a
 * quotation mark that never closes; when quoting is malformed in a tab-separated file it is read
 * again with quotation marks as plain characters. In a comma- or semicolon-separated file
 * malformed quoting would shift every later cell, so the file is refused instead.
 */
export function parseDelimited(text: string, fileName: string, options: { delimiter?: string; header?: boolean } = {}): GlossaryTable {
  const normalised = normaliseLineBreaks(text.replace(/^\uFEFF+/, ''));
  let parsed: ParsedLines;
  try {
    parsed = parseLines(normalised, options.delimiter, '"');
  } catch (error) {
    if (!(error instanceof QuoteError)) throw new GlossaryFormatError(fileName, 'it could not be read as a table.', { cause: error });
    // Papaparse's guess can itself be thrown off by the stray quote, so the first line has a say.
    const tabs = error.delimiter === '\t' || (options.delimiter === undefined && isTabSeparated(normalised));
    if (!tabs || normalised.includes('\0')) {
      throw new GlossaryFormatError(fileName, `its quotation marks do not pair up (line ${error.line}). Check that every quoted cell ends with a quotation mark.`, { cause: error });
    }
    parsed = parseLines(normalised, '\t', '\0');
  }
  const { delimiter, rows, lines } = parsed;
  if (rows.length === 0) throw new GlossaryFormatError(fileName, 'it has no rows.');
  if (options.header === false) {
    const width = Math.max(...rows.map((row) => row.length));
    const header = Array.from({ length: width }, (_, index) => `Column ${index + 1}`);
    const padded = rows.map((row) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row));
    return { fileName, delimiter, header, rows: padded, firstRow: lines[0] ?? 1, lines };
  }
  const [header = [], ...body] = rows;
  if (body.length === 0) throw new GlossaryFormatError(fileName, 'it has a header row but no terms.');
  return { fileName, delimiter, header: header.map((cell) => cell.trim()), rows: body, firstRow: lines[1] ?? 2, lines: lines.slice(1) };
}

/** The first line has tabs, and no fewer than commas or semicolons. */
function isTabSeparated(text: string): boolean {
  const newline = text.indexOf('\n');
  const first = newline === -1 ? text : text.slice(0, newline);
  const count = (char: string) => first.split(char).length - 1;
  return count('\t') > 0 && count('\t') >= count(',') && count('\t') >= count(';');
}
