// Glossary files in and out: the public surface of core/formats/glossary.
export * from './types';
export { decodeGlossaryText, tooLargeReason } from './decode';
export {
  GLOSSARY_COLUMNS,
  parseDelimited,
  readMemoQ,
  readOmegaT,
  rowsFromTable,
  suggestMapping,
  writeCsv,
  writeOmegaT,
  writeTsv,
} from './delimited';
export type { ColumnField, GlossaryTable, LanguageHint } from './delimited';
export { GLOSSARY_ACCEPT, GLOSSARY_FORMATS_SUMMARY, GLOSSARY_FORMAT_LABELS, detectGlossaryFormat } from './detect';
export { readJson, writeJson } from './json';
export { readTbx } from './tbx-read';
export { writeTbxBasic, writeTbxV2 } from './tbx-write';
export type { TbxWriteMeta } from './tbx-write';
export { readXlsxTable, writeXlsx } from './xlsx';
export { readGlossaryFile } from './read-file';
export type { PendingImport } from './read-file';
export { encodeGlossaryRows } from './encode';
export type { GlossaryExportFormat } from './encode';
