/**
 * The WMT / Google MQM TSV as Glossa reads and writes it (Freitag et al. 2021, the
 * wmt-mqm-human-evaluation data): one row per error, tab-separated, no quoting, error spans
 * marked <v>…</v>. Shapes only; read.ts and write.ts hold the rules (docs/adr/0016).
 */
import type { Severity } from '../../model';
import type { MqmCategoryId } from '../../mqm';
import { DocumentImportError } from '../documents/import-error';

/** Columns every MQM TSV has, in the order WMT writes them; `comment` is optional (zh-en lacks it). */
export const MQM_TSV_REQUIRED_COLUMNS = ['system', 'doc', 'doc_id', 'seg_id', 'rater', 'source', 'target', 'category', 'severity'] as const;
export const MQM_TSV_COLUMNS = [...MQM_TSV_REQUIRED_COLUMNS, 'comment'] as const;
export type MqmTsvColumn = (typeof MQM_TSV_COLUMNS)[number];

/** Larger than the WMT files (the en-de TED file is 2.3 MB, the full zh-en news file about 60 MB). */
export const MAX_MQM_TSV_BYTES = 100 * 1024 * 1024;

/** One segment of one system's output, as the file gives it, markers removed. */
export interface MqmTsvSegment {
  doc: string;
  docId: string;
  segId: string;
  source: string;
  target: string;
  /** Raters who rated this segment of this system (with or without errors), in file order. */
  raters: string[];
}

/** One error a rater marked. Offsets are UTF-16 code units into the plain source or target. */
export interface MqmTsvError {
  /** Index into the system's `segments`. */
  segment: number;
  /** Which text the <v> span is in; null when the row marks no span (an omission with nothing to point at). */
  side: 'source' | 'target' | null;
  start: number;
  end: number;
  /** As written in the file ("Fluency/Punctuation"). */
  category: string;
  /** Glossa's id for it (resolveCategoryId); undefined for "Other" and names we cannot place. */
  categoryId: MqmCategoryId | undefined;
  severity: Severity;
  rater: string;
  comment: string;
  /** 1-based line of the row in the file (header = line 1). */
  line: number;
}

export interface MqmTsvSystem {
  system: string;
  /** In the order the file first mentions each segment. */
  segments: MqmTsvSegment[];
  errors: MqmTsvError[];
}

/** A row the reader used but had to interpret; the file still imports. */
export interface MqmTsvWarning {
  line: number;
  reason: string;
}

export interface MqmTsvFile {
  /** Systems in the order the file first mentions them. */
  systems: MqmTsvSystem[];
  raters: string[];
  /** Whether the file had a comment column (a writer keeps the same shape). */
  hasComment: boolean;
  warnings: MqmTsvWarning[];
}

/** What went wrong, for code to branch on; people read `reason`. */
export type MqmTsvProblem =
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'missing-columns'
  | 'cell-count'
  | 'unbalanced-span'
  | 'unknown-severity'
  | 'no-rows';

/**
 * A file that cannot be read as an MQM TSV. It is a DocumentImportError (the import UI already
 * shows those: "Could not import “x.tsv”: …"), with the problem and the line when there is one.
 */
export class MqmTsvFormatError extends DocumentImportError {
  readonly problem: MqmTsvProblem;
  /** 1-based line (header = 1), when one row is at fault. */
  readonly line: number | undefined;
  /** The required columns the header lacks (problem 'missing-columns'). */
  readonly missingColumns: readonly string[];

  constructor(fileName: string, problem: MqmTsvProblem, reason: string, details: { line?: number; missingColumns?: readonly string[] } = {}) {
    const kind = problem === 'empty' || problem === 'too-large' || problem === 'not-text' ? problem : 'unreadable';
    super(fileName, kind, reason);
    this.problem = problem;
    this.line = details.line;
    this.missingColumns = details.missingColumns ?? [];
  }
}

export function isMqmTsvFormatError(error: unknown): error is MqmTsvFormatError {
  return error instanceof MqmTsvFormatError;
}
