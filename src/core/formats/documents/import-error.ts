import { MAX_IMPORT_BYTES } from '../../host';
import type { DocumentFormat } from '../../model';
import { baseName, fileExtension, SUPPORTED_DOCUMENT_SUMMARY } from './document-format';

/** Why an import was refused; the UI may branch on this, people read `reason`. */
export type ImportErrorKind =
  | 'unsupported-type'
  | 'empty'
  | 'too-large'
  /** A .docx that would expand past the archive limits when unpacked (a zip bomb, or a forged size). */
  | 'too-large-unpacked'
  | 'not-text'
  | 'not-word'
  | 'unreadable';

/**
 * A file (or the clipboard) that could not become an article. The message names the file and
 * says why in words a translator can act on; nothing is ever half-imported.
 */
export class DocumentImportError extends Error {
  override readonly name = 'DocumentImportError';
  /** The file's name, or null for text pasted from the clipboard. */
  readonly fileName: string | null;
  readonly kind: ImportErrorKind;
  /** The reason alone, a sentence starting in lower case, e.g. "it is empty." */
  readonly reason: string;

  constructor(fileName: string | null, kind: ImportErrorKind, reason: string, options?: { cause?: unknown }) {
    const source = fileName === null ? 'the clipboard text' : `“${baseName(fileName)}”`;
    super(`Could not import ${source}: ${reason}`, options);
    this.fileName = fileName;
    this.kind = kind;
    this.reason = reason;
  }
}

export function isDocumentImportError(error: unknown): error is DocumentImportError {
  return error instanceof DocumentImportError;
}

export function unsupportedTypeError(fileName: string): DocumentImportError {
  const extension = fileExtension(fileName);
  const what = extension === null ? 'files without an extension' : `.${extension} files`;
  return new DocumentImportError(fileName, 'unsupported-type', `Glossa cannot open ${what}. Supported: ${SUPPORTED_DOCUMENT_SUMMARY}.`);
}

/** `hadBytes` separates a 0-byte file from one whose content holds no text. */
export function emptyFileError(fileName: string | null, hadBytes: boolean): DocumentImportError {
  return new DocumentImportError(fileName, 'empty', hadBytes ? 'it contains no text.' : 'the file is empty (0 bytes).');
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeError(fileName: string | null, byteLength: number): DocumentImportError {
  return new DocumentImportError(
    fileName,
    'too-large',
    `it is ${megabytes(byteLength)}, larger than the ${megabytes(MAX_IMPORT_BYTES)} Glossa can open.`,
  );
}

/**
 * `binary`: NUL or control bytes, so not text at all. `encoding`: looks like text in a legacy
 * encoding (GBK, Windows-1252…), which cannot be told apart reliably, so we ask for UTF-8
 * rather than guess and import mojibake.
 */
export function notTextError(fileName: string, problem: 'binary' | 'encoding'): DocumentImportError {
  const reason =
    problem === 'binary'
      ? 'it is not a text file (it looks binary).'
      : 'it is not UTF-8 text (it may use an older encoding such as GBK or Windows-1252). Save it as UTF-8 and try again.';
  return new DocumentImportError(fileName, 'not-text', reason);
}

export function notWordError(fileName: string, hint?: string, cause?: unknown): DocumentImportError {
  const reason = hint === undefined ? 'it is not a valid Word document.' : `it is not a valid Word document (${hint}).`;
  return new DocumentImportError(fileName, 'not-word', reason, { cause });
}

const FORMAT_NAMES: Readonly<Record<DocumentFormat, string>> = {
  txt: 'text',
  md: 'Markdown',
  html: 'HTML',
  docx: 'Word content',
};

export function unreadableError(fileName: string | null, format: DocumentFormat, cause?: unknown): DocumentImportError {
  return new DocumentImportError(fileName, 'unreadable', `Glossa could not read the ${FORMAT_NAMES[format]} in it.`, { cause });
}
