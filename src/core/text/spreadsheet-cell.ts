/**
 * The one spreadsheet-cell rule (formula injection, CWE-1236). Excel, LibreOffice and Google Sheets
 * run a CSV cell that begins with = + - or @ as a formula, and a leading tab or carriage return can
 * hide such a start from a reviewer's eye. Exported text is typed by translators and imported from
 * MT, so every CSV/TSV export passes each text cell through here (OWASP's advice: prefix an apostrophe).
 *
 * Papaparse has an `escapeFormulae` option, but its pattern (/^[=+\-@\t\r].*$/) misses a cell
 * whose formula is followed by a line break, so the rule lives here, once, for every exporter.
 *
 * Glossary readers drop that apostrophe on the way back in, so an export re-imports unchanged. A
 * cell that already begins with apostrophes before such a character gets one more on the way out,
 * so "'=x" typed by a person survives the round trip as well.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const APOSTROPHE_BEFORE_FORMULA = /^'+[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it as text: an apostrophe before a dangerous first character. */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** What a round-tripping CSV or TSV export writes for a text cell. */
export function spreadsheetSafeCell(cell: string): string {
  return APOSTROPHE_BEFORE_FORMULA.test(cell) ? `'${cell}` : neutraliseCell(cell);
}

/** The apostrophe-escape alone, for spreadsheets (.xlsx) whose text cells never run as formulas. */
export function escapeLeadingApostrophe(cell: string): string {
  return APOSTROPHE_BEFORE_FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The reader's side: a cell with the apostrophe an export put before a formula start, without it. */
export function dropProtectiveApostrophe(cell: string): string {
  return APOSTROPHE_BEFORE_FORMULA.test(cell) ? cell.slice(1) : cell;
}
