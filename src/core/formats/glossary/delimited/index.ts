/**
 * Glossaries as delimited text: CSV or TSV with a header row (Glossa's own export, or a
 * spreadsheet someone made), OmegaT's headerless tab-separated glossaries, and memoQ's CSV
 * term base export. This is the surface the rest of core/formats/glossary uses.
 *
 * Import is two steps so that a person can check the columns before anything is stored:
 * parseDelimited (or readXlsxTable) gives a GlossaryTable, suggestMapping guesses what each
 * column holds, the UI shows that guess, and rowsFromTable turns the table into rows with the
 * mapping the person accepted. OmegaT and memoQ files have a fixed layout and skip the preview.
 */
export { GLOSSARY_COLUMNS } from './columns';
export type { ColumnField, GlossaryTable, LanguageHint } from './columns';
export { parseDate } from './dates';
export { parseDelimited } from './parse';
export { suggestMapping } from './mapping';
export { rowsFromTable } from './rows';
export { readOmegaT, writeOmegaT } from './omegat';
export { readMemoQ } from './memoq';
export { glossaryCells, writeCsv, writeTsv } from './write';
