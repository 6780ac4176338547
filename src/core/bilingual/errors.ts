/**
 * The one error bilingual readers throw: a whole file that cannot be read as XLIFF or TMX.
 * Nothing from it is stored. `code` is for the program (never compare messages), `reason` a
 * sentence for the translator; the message names the file, as glossary and document imports do.
 */

export type BilingualErrorCode =
  | 'empty'
  | 'too-large'
  /** Not well-formed XML; line and column are set. */
  | 'malformed'
  /** A DTD internal subset or an entity declaration. */
  | 'dtd'
  /** The root element is not <xliff> or <tmx>. */
  | 'wrong-root'
  | 'unknown-version'
  /** An inline tag whose other half is missing, or a close before its open. */
  | 'unpaired-tags'
  /** A required element or attribute is missing, or a value is impossible. */
  | 'invalid'
  | 'no-segments'
  /** TMX: the chosen language pair is not in the file. */
  | 'language-pair'
  | 'unreadable';

export class BilingualFormatError extends Error {
  override readonly name = 'BilingualFormatError';
  readonly fileName: string;
  readonly code: BilingualErrorCode;
  /** The reason alone, a sentence starting in lower case, e.g. "it is empty." */
  readonly reason: string;
  readonly line?: number;
  readonly column?: number;

  constructor(fileName: string, code: BilingualErrorCode, reason: string, options?: { cause?: unknown; line?: number; column?: number }) {
    super(`Could not import “${fileName}”: ${reason}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.fileName = fileName;
    this.code = code;
    this.reason = reason;
    if (options?.line !== undefined) this.line = options.line;
    if (options?.column !== undefined) this.column = options.column;
  }
}

export function isBilingualFormatError(error: unknown): error is BilingualFormatError {
  return error instanceof BilingualFormatError;
}

export type BilingualExportErrorCode =
  /** Container tags (<g>, <pc>, <mrk>, <hi>) that would not nest: the file would not be well-formed. */
  | 'tags-not-nested'
  /** An edit names a segment the original file does not have. */
  | 'unknown-segment'
  /** The original file could not be read again (it changed, or it is not the file imported). */
  | 'original-unreadable';

/** An export that cannot be written without breaking the file; nothing is written. */
export class BilingualExportError extends Error {
  override readonly name = 'BilingualExportError';
  readonly code: BilingualExportErrorCode;
  readonly segmentId?: string;

  constructor(code: BilingualExportErrorCode, message: string, segmentId?: string) {
    super(message);
    this.code = code;
    if (segmentId !== undefined) this.segmentId = segmentId;
  }
}
