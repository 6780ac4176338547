/**
 * How far a .docx or .xlsx (both zip archives) may expand when unpacked, and the typed refusal
 * when it would expand further. The numbers and why they are what they are: docs/adr/0008-archive-limits.md.
 */

export interface ArchiveLimits {
  /** The most all entries together may declare uncompressed. */
  maxUnpackedBytes: number;
  /** The most one entry may expand (uncompressed / compressed)… */
  maxRatio: number;
  /** …counted only for entries that declare more than this: a small part cannot hurt whatever its ratio. */
  ratioFromBytes: number;
  /** The most entries an archive may hold. */
  maxEntries: number;
}

const MB = 1024 * 1024;

/** A Word document: 200 MB of XML and media is far beyond any article (the 194k-word bench article is ~1.2 MB of text). */
export const DOCX_LIMITS: ArchiveLimits = { maxUnpackedBytes: 200 * MB, maxRatio: 100, ratioFromBytes: 1 * MB, maxEntries: 10_000 };

/** An Excel glossary: 100,000 terms as Glossa writes them are about 50 MB unpacked (20,000 measured: 9.6 MB). */
export const XLSX_LIMITS: ArchiveLimits = { maxUnpackedBytes: 400 * MB, maxRatio: 100, ratioFromBytes: 1 * MB, maxEntries: 10_000 };

/** What is wrong with an archive; `code` is what code branches on, `archiveReason` what people read. */
export type ArchiveProblem =
  | { code: 'not-zip' }
  | { code: 'too-many-entries'; entries: number; limit: number }
  | { code: 'too-large'; unpackedBytes: number; limit: number }
  | { code: 'ratio'; entry: string; packedBytes: number; unpackedBytes: number; limit: number }
  /** An entry inflated to more than the size it declared: the declared sizes cannot be trusted. */
  | { code: 'size-mismatch'; entry: string; declaredBytes: number };

/** "5.1 GB", "200 MB", "6 KB": one decimal at most, none when it is 0. */
function formatBytes(bytes: number): string {
  const oneDecimal = (value: number) => String(Number(value.toFixed(1)));
  if (bytes >= 1024 * MB) return `${oneDecimal(bytes / (1024 * MB))} GB`;
  if (bytes >= MB) return `${oneDecimal(bytes / MB)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The reason alone, a sentence starting in lower case, as GlossaryFormatError and DocumentImportError want it. */
function archiveReason(problem: ArchiveProblem): string {
  switch (problem.code) {
    case 'not-zip':
      return 'it is not a valid zip archive.';
    case 'too-many-entries':
      return `it holds ${problem.entries.toLocaleString('en')} files inside, over the ${problem.limit.toLocaleString('en')} limit.`;
    case 'too-large':
      return `it expands to ${formatBytes(problem.unpackedBytes)} when unpacked, over the ${formatBytes(problem.limit)} limit.`;
    case 'ratio': {
      const ratio = problem.packedBytes === 0 ? 'without limit' : `${Math.round(problem.unpackedBytes / problem.packedBytes).toLocaleString('en')} times`;
      return (
        `its part ${problem.entry} expands ${ratio} (${formatBytes(problem.packedBytes)} to ${formatBytes(problem.unpackedBytes)}) when unpacked, ` +
        `over the ${problem.limit}:1 limit; it may be a zip bomb.`
      );
    }
    case 'size-mismatch':
      return `its part ${problem.entry} holds more than the ${formatBytes(problem.declaredBytes)} it declares; the file is damaged or forged.`;
  }
}

/** An archive refused before (or while) it was unpacked. The message names the file and the reason. */
export class ArchiveLimitError extends Error {
  override readonly name = 'ArchiveLimitError';
  readonly fileName: string;
  readonly problem: ArchiveProblem;
  readonly reason: string;

  constructor(fileName: string, problem: ArchiveProblem, options?: { cause?: unknown }) {
    const reason = archiveReason(problem);
    super(`${fileName}: ${reason}`, options);
    this.fileName = fileName;
    this.problem = problem;
    this.reason = reason;
  }
}

export function isArchiveLimitError(error: unknown): error is ArchiveLimitError {
  return error instanceof ArchiveLimitError;
}
