/**
 * File › Import Annotations: a Web Annotation collection (what Export Annotations writes) put
 * onto the open document, all or nothing.
 *
 * - Each annotation is re-anchored in the document's text as it is now (the caller passes the
 *   editor's text) from its selectors: exact quote, then position, then fuzzy. A low-confidence
 *   anchor, or one the file already marked "needs check" or orphaned, is stored as fuzzy; one
 *   that cannot be found is an orphan with the file's selectors. None is dropped.
 * - The annotations are re-homed to the open document, whatever document the file names: an
 *   exported review can be moved to a re-imported copy of the article.
 * - An id already live in the library is skipped and counted (importing a file twice changes
 *   nothing). A tombstone with that id (deleted by the translator, or trashed with its
 *   document) is replaced: bringing deleted annotations back is what importing them means.
 * - A term link is kept only when that glossary term is in this library.
 * - A file that is not such a collection is refused whole with its name and the reason
 *   (AnnotationImportError), before anything is written.
 */
import { anchorAll, describeRange, needsCheck } from '@core/anchoring';
import { fromWebAnnotationCollection, WebAnnotationFormatError } from '@core/formats/annotations/web-annotation';
import type { Annotation, Id } from '@core/model';
import { AnnotationError, requireEditable, requireStatusFor, validAnchorState, validKind, validSelectors, validSeverity } from './annotation-validation';
import type { GlossaDatabase } from './database';
import { writeAll } from './transaction';

type AnnotationImportErrorCode = 'not-text' | 'not-json' | 'not-annotations';

/** The file was refused: nothing was stored. The message names the file and says why. */
export class AnnotationImportError extends Error {
  override readonly name = 'AnnotationImportError';
  readonly code: AnnotationImportErrorCode;
  readonly fileName: string;
  /** Why, in a sentence, without the file's name. */
  readonly reason: string;

  constructor(code: AnnotationImportErrorCode, fileName: string, reason: string) {
    super(`“${fileName}” was not imported: ${reason}`);
    this.code = code;
    this.fileName = fileName;
    this.reason = reason;
  }
}

interface AnnotationImportInput {
  /** The open document: every imported annotation belongs to it afterwards. */
  docId: Id;
  fileName: string;
  /** The file's bytes (UTF-8) or its text. */
  data: Uint8Array | string;
  /** The document's text now, as the editor has it: the selectors are anchored in it. */
  text: string;
}

export interface AnnotationImportReport {
  fileName: string;
  /** The rows stored, in the order of the file. */
  stored: Annotation[];
  /** Where each stored, placed annotation is in `text`: the marks to wrap. */
  placements: { id: Id; start: number; end: number }[];
  needCheck: number;
  orphans: number;
  /** Ids already live on this document. */
  skippedHere: number;
  /** Ids already live on another document. */
  skippedElsewhere: number;
}

const IMPORT_TABLES = ['documents', 'annotations', 'terms'] as const;

/** Reads, re-anchors and stores the file's annotations in one strict transaction. */
export async function importAnnotationFile(db: GlossaDatabase, input: AnnotationImportInput): Promise<AnnotationImportReport> {
  const { docId, fileName, text } = input;
  const incoming = readCollection(fileName, input.data, text);
  return writeAll(
    db,
    IMPORT_TABLES,
    async (connection) => {
      requireEditable(await connection.documents.get(docId));
      const existing = await connection.annotations.bulkGet(incoming.map((annotation) => annotation.id));
      const report: AnnotationImportReport = { fileName, stored: [], placements: [], needCheck: 0, orphans: 0, skippedHere: 0, skippedElsewhere: 0 };
      const fresh = incoming.filter((_annotation, index) => {
        const row = existing[index];
        if (!row || row.deletedAt != null) return true;
        if (row.docId === docId) report.skippedHere += 1;
        else report.skippedElsewhere += 1;
        return false;
      });
      if (fresh.length === 0) return report;

      const termIds = [...new Set(fresh.flatMap((annotation) => (annotation.termId === undefined ? [] : [annotation.termId])))];
      const terms = await connection.terms.bulkGet(termIds);
      const knownTerms = new Set(terms.flatMap((term) => (term && term.deletedAt == null ? [term.id] : [])));

      const now = connection.clock();
      const results = anchorAll(text, fresh);
      fresh.forEach((annotation, index) => {
        const result = results[index]!;
        const row: Annotation = { ...annotation, docId, deletedAt: null, updatedAt: now };
        delete row.anchorConfidence;
        if (row.termId !== undefined && !knownTerms.has(row.termId)) delete row.termId;
        if (result.state === 'orphan') {
          row.anchorState = 'orphan';
          row.anchorConfidence = 0;
          report.orphans += 1;
        } else {
          row.selectors = describeRange(text, result.start, result.end);
          // The file's "needs check" stands until the translator confirms it here; so does an
          // orphan's: its words were found again, but only by its old selectors.
          if (needsCheck(result) || annotation.anchorState !== 'anchored') {
            row.anchorState = 'fuzzy';
            row.anchorConfidence = Math.min(result.confidence, annotation.anchorConfidence ?? 1);
            report.needCheck += 1;
          } else {
            row.anchorState = 'anchored';
          }
          report.placements.push({ id: row.id, start: result.start, end: result.end });
        }
        report.stored.push(row);
      });
      await connection.annotations.bulkPut(report.stored);
      return report;
    },
    { durability: 'strict' },
  );
}

/** The file's annotations, checked as the repositories check new ones; throws AnnotationImportError. */
function readCollection(fileName: string, data: Uint8Array | string, text: string): Annotation[] {
  let json: unknown;
  try {
    json = JSON.parse(typeof data === 'string' ? data : new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch (error) {
    if (error instanceof TypeError) throw new AnnotationImportError('not-text', fileName, 'it is not UTF-8 text.');
    if (error instanceof SyntaxError) throw new AnnotationImportError('not-json', fileName, `it is not JSON (${error.message}).`);
    throw error;
  }
  let annotations: Annotation[];
  try {
    annotations = fromWebAnnotationCollection(json, { plainText: text }).annotations;
  } catch (error) {
    if (error instanceof WebAnnotationFormatError) throw new AnnotationImportError('not-annotations', fileName, error.message);
    throw error;
  }
  const issues: string[] = [];
  const seen = new Set<Id>();
  const unique = annotations.filter((annotation, index) => {
    const problem = problemOf(annotation);
    if (problem) issues.push(`annotation ${index + 1} (${annotation.id}): ${problem}`);
    if (seen.has(annotation.id)) return false;
    seen.add(annotation.id);
    return true;
  });
  if (issues.length > 0) {
    const shown = issues.slice(0, 5).join('; ');
    throw new AnnotationImportError('not-annotations', fileName, `${shown}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}.`);
  }
  return unique.map((annotation) => ({ ...annotation, author: annotation.author.trim() || 'Unknown' }));
}

/** What the storage rules refuse in an annotation the reader accepted; undefined when it can be stored. */
function problemOf(annotation: Annotation): string | undefined {
  const times = [annotation.createdAt, annotation.updatedAt, ...annotation.replies.map((reply) => reply.createdAt)];
  if (!times.every(Number.isFinite)) return 'a date is not a real day and time';
  try {
    validKind(annotation.kind);
    requireStatusFor(annotation.kind, annotation.status);
    validAnchorState(annotation.anchorState);
    validSelectors(annotation.selectors);
    if (annotation.severity !== undefined) validSeverity(annotation.severity);
  } catch (error) {
    if (error instanceof AnnotationError) return error.message;
    throw error;
  }
  return undefined;
}
