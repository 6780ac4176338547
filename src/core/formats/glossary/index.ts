// Glossary files in and out: the public surface of core/formats/glossary.
export * from './types';
export { rowsFromTable } from './delimited';
export type { ColumnField } from './delimited';
export { GLOSSARY_ACCEPT, looksLikeTermbase } from './detect';
export type { TbxWriteMeta } from './tbx-write';
export { readGlossaryFile } from './read-file';
export type { PendingImport } from './read-file';
export { encodeGlossaryRows } from './encode';
export type { GlossaryExportFormat } from './encode';
export { fileLanguageFor, missingLanguages, sameLanguage } from './languages';
