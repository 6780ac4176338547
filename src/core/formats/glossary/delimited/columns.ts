/**
 * What a delimited glossary (or a spreadsheet's first sheet) is before its columns mean
 * anything: a GlossaryTable of text cells, the fields a column can be mapped to, and Glossa's
 * own export columns, which the writers produce and suggestMapping knows exactly.
 */

export type ColumnField =
  | 'source'
  | 'target'
  | 'preferred'
  | 'forbidden'
  | 'status'
  | 'partOfSpeech'
  | 'domain'
  | 'definition'
  | 'context'
  | 'note'
  | 'author'
  | 'createdAt'
  | 'updatedAt'
  | 'ignore';

/** A delimited file or a spreadsheet's first sheet, cells as text, before columns mean anything. */
export interface GlossaryTable {
  fileName: string;
  /** The delimiter that was used (given or detected); empty for a spreadsheet. */
  delimiter: string;
  header: string[];
  rows: string[][];
  /** 1-based line/row number of rows[0] in the file */
  firstRow: number;
  /**
   * The 1-based line (or spreadsheet row) of each row, when rows are not simply consecutive
   * from firstRow: a quoted cell can span lines, and blank lines are left out of `rows`.
   * Skipped rows are reported by these numbers, so a person can find them in the file.
   */
  lines?: number[];
}

/** The languages of the glossary being imported into, to recognise columns named by language. */
export interface LanguageHint {
  /** BCP 47, e.g. "zh" or "zh-CN". Default "zh". */
  sourceLang?: string;
  /** BCP 47, e.g. "en" or "en-GB". Default "en". */
  targetLang?: string;
}

/** Glossa's own export headers, in the order Glossa writes them. suggestMapping knows them exactly. */
export const GLOSSARY_COLUMNS = [
  { field: 'source', header: 'Source' },
  { field: 'target', header: 'Target (MT)' },
  { field: 'preferred', header: 'Preferred' },
  { field: 'forbidden', header: 'Forbidden' },
  { field: 'status', header: 'Status' },
  { field: 'partOfSpeech', header: 'Part of speech' },
  { field: 'domain', header: 'Domain' },
  { field: 'definition', header: 'Definition' },
  { field: 'context', header: 'Context' },
  { field: 'note', header: 'Note' },
  { field: 'author', header: 'Author' },
  { field: 'createdAt', header: 'Created' },
  { field: 'updatedAt', header: 'Updated' },
] as const satisfies readonly { field: ColumnField; header: string }[];

/** The separator Glossa writes between forbidden renderings; readers split on "|" and ";". */
export const FORBIDDEN_SEPARATOR = ' | ';
