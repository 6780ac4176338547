/**
 * The shapes glossary readers and writers share. A GlossaryRow is a Term as it travels
 * between Glossa and other tools: no ids, no glossary, no tombstone.
 */
import type { Term } from '../../model';
import type { ConceptEntry } from '../../terms/concept';

/**
 * Derived from Term so the two cannot drift apart: the term's own fields, with author and
 * dates optional (only some formats carry them). source may be empty when a file carries
 * only target terms; preferred is empty when no rendering is agreed yet.
 */
export type GlossaryRow = Pick<Term, 'source' | 'target' | 'preferred' | 'forbidden' | 'status' | 'partOfSpeech' | 'domain' | 'definition' | 'context' | 'note'> &
  Partial<Pick<Term, 'author' | 'createdAt' | 'updatedAt' | 'concept'>>;

/** What a file says about the glossary as a whole, when it says anything. */
export interface GlossaryMeta {
  name?: string;
  description?: string;
  sourceLang?: string;
  targetLang?: string;
  /** A TBX file's back matter (<back>: the people and resources its entries refer to), as written. */
  tbxBack?: string;
}

/** A row or entry a reader could not use; the rest of the file still imports. */
export interface SkippedRow {
  /** 1-based: the line of a delimited file (header = line 1), the spreadsheet row, or the entry's position in an XML or JSON file. */
  row: number;
  reason: string;
}

export interface GlossaryReadResult {
  meta: GlossaryMeta;
  rows: GlossaryRow[];
  skipped: SkippedRow[];
  /** rows[i]'s number in the file (as in SkippedRow.row), when the reader knows it; else i + 1 is assumed. */
  rowNumbers?: number[];
  /**
   * Entries with terms, but none in the pair read (a concept in a third language only): not
   * rows, as Glossa cannot show them, but kept whole so they go back out with the glossary.
   */
  keptConcepts?: ConceptEntry[];
  /** The languages the file has terms in, when its format names them (TBX), in the order first met. */
  languages?: FileLanguage[];
  /** The language pair the file itself suggests (TBX), when it has terms in two languages or more. */
  filePair?: { sourceLang: string; targetLang: string };
}

/** One language of a multilingual file: its tag as written, and how many entries and terms use it. */
export interface FileLanguage {
  lang: string;
  entries: number;
  terms: number;
}

export type GlossaryFormat = 'csv' | 'tsv' | 'omegat' | 'memoq' | 'tbx' | 'tbx-v2' | 'xlsx' | 'json';

/** Files above this size are refused before they are read. */
/** 100,000 richly filled TBX-Basic entries are about 55 MB. */
export const MAX_GLOSSARY_BYTES = 80 * 1024 * 1024;

/**
 * A whole file that cannot be read as a glossary (malformed XML, a DTD, wrong encoding,
 * empty, too large, no usable column). Nothing from it is stored. The message names the
 * file and the reason in words a translator can act on.
 */
export class GlossaryFormatError extends Error {
  override readonly name = 'GlossaryFormatError';
  readonly fileName: string;
  /** The reason alone, a sentence starting in lower case, e.g. "it is empty." */
  readonly reason: string;

  constructor(fileName: string, reason: string, options?: { cause?: unknown }) {
    super(`Could not import “${fileName}”: ${reason}`, options);
    this.fileName = fileName;
    this.reason = reason;
  }
}

export function isGlossaryFormatError(error: unknown): error is GlossaryFormatError {
  return error instanceof GlossaryFormatError;
}

/** An empty row with defaults, for readers to fill in. */
export function emptyRow(): GlossaryRow {
  return { source: '', target: '', preferred: '', forbidden: [], status: 'proposed' };
}
