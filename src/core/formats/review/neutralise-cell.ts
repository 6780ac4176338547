/**
 * Spreadsheet formula injection (CWE-1236): Excel, LibreOffice and Google Sheets run a CSV cell
 * that begins with = + - or @ as a formula, and a leading tab or carriage return can hide such a
 * start from a reviewer's eye. Exported text is typed by translators and imported from MT, so
 * every CSV export passes each text cell through here (OWASP's advice: prefix an apostrophe).
 *
 * Papaparse has an `escapeFormulae` option, but its pattern (/^[=+\-@\t\r].*$/) misses a cell
 * whose formula is followed by a line break, so the rule lives here, once, for every exporter.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it as text: an apostrophe before a dangerous first character. */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
