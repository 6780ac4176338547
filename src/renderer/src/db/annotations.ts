/**
 * Repository functions for annotations. Each takes the database first so tests can pass their own.
 *
 * Deleting an annotation sets a tombstone (deletedAt) so undo can bring it back and, later,
 * so deletions can be synced. Annotations of a document in the Trash are read-only, like
 * the document itself. Where annotations sit is written by annotation-anchors.ts; the rules
 * they follow are in annotation-validation.ts.
 */
import type { Annotation, AnnotationKind, AnnotationReply, Id, Severity } from '@core/model';
import {
  ANNOTATION_TABLES,
  AnnotationError,
  requireEditable,
  requireStatusFor,
  validAuthor,
  validKind,
  validSelectors,
  validSeverity,
} from './annotation-validation';
import type { GlossaDatabase } from './database';
import { StorageError } from './errors';
import { newId } from './ids';
import { writeAll } from './transaction';

export interface CreateAnnotationInput {
  /** Given when the UI has already marked the words with this id (a fresh newId()). */
  id?: Id;
  docId: Id;
  kind: AnnotationKind;
  quote: string;
  selectors: Annotation['selectors'];
  body?: string;
  suggestion?: string;
  mqmCategory?: string;
  severity?: Severity;
  termId?: Id;
  author: string;
}

/** What a card can change. A key given as undefined removes an optional field (suggestion, mqmCategory, severity, termId). */
export type AnnotationPatch = Partial<Pick<Annotation, 'body' | 'suggestion' | 'status' | 'mqmCategory' | 'severity' | 'kind' | 'termId'>>;

interface NewReply {
  author: string;
  body: string;
}

const OPTIONAL_FIELDS = ['suggestion', 'mqmCategory', 'severity', 'termId'] as const;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];
const PATCH_FIELDS = ['body', 'status', 'kind', ...OPTIONAL_FIELDS] as const;

export async function createAnnotation(db: GlossaDatabase, input: CreateAnnotationInput): Promise<Annotation> {
  const kind = validKind(input.kind);
  const selectors = validSelectors(input.selectors);
  const author = validAuthor(input.author);
  if (input.severity !== undefined) validSeverity(input.severity);
  return writeAll(db, ANNOTATION_TABLES, async (connection) => {
    requireEditable(await connection.documents.get(input.docId));
    const now = connection.clock();
    const annotation: Annotation = {
      id: input.id ?? newId(now),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      docId: input.docId,
      kind,
      quote: input.quote,
      selectors,
      anchorState: 'anchored',
      body: input.body ?? '',
      status: 'open',
      replies: [],
      author,
      ...definedFields(input),
    };
    await connection.annotations.add(annotation);
    return annotation;
  });
}

/** The annotation, deleted or not; undefined if there is none with this id. */
export async function getAnnotation(db: GlossaDatabase, id: Id): Promise<Annotation | undefined> {
  return db.annotations.get(id);
}

/** The document's annotations that are not deleted, in reading order (by start, then end, then creation). */
export async function listAnnotations(db: GlossaDatabase, docId: Id): Promise<Annotation[]> {
  const rows = await db.annotations
    .where('docId')
    .equals(docId)
    .filter((annotation) => annotation.deletedAt == null)
    .toArray();
  return rows.sort(inReadingOrder);
}

/**
 * Changes what a card edits and returns the annotation as stored. A patch that changes
 * nothing writes nothing (cards save on blur, often with what was already there).
 */
export async function updateAnnotation(db: GlossaDatabase, id: Id, patch: AnnotationPatch): Promise<Annotation> {
  if (patch.kind !== undefined) validKind(patch.kind);
  if (patch.severity !== undefined) validSeverity(patch.severity);
  return writeAll(db, ANNOTATION_TABLES, async (connection) => {
    const current = requireLive(await requireAnnotationOfEditableDocument(connection, id));
    const next = applyPatch(current, patch);
    requireStatusFor(next.kind, next.status);
    if (PATCH_FIELDS.every((field) => next[field] === current[field])) return current;
    next.updatedAt = connection.clock();
    await connection.annotations.put(next);
    return next;
  });
}

/** Adds a reply to the annotation's thread and returns it. */
export async function addReply(db: GlossaDatabase, id: Id, reply: NewReply): Promise<AnnotationReply> {
  const body = reply.body.trim();
  if (body === '') throw new AnnotationError('empty-reply', 'A reply cannot be empty.');
  const author = validAuthor(reply.author);
  return writeAll(db, ANNOTATION_TABLES, async (connection) => {
    const current = requireLive(await requireAnnotationOfEditableDocument(connection, id));
    const now = connection.clock();
    const added: AnnotationReply = { id: newId(now), author, body, createdAt: now };
    await connection.annotations.put({ ...current, replies: [...current.replies, added], updatedAt: now });
    return added;
  });
}

/** The reply, when `author` wrote it: only its author may change or remove a reply. */
function ownReply(annotation: Annotation, replyId: Id, author: string): AnnotationReply {
  const reply = annotation.replies.find((candidate) => candidate.id === replyId);
  if (!reply) throw new AnnotationError('invalid-annotation', 'This reply no longer exists.');
  if (reply.author !== author) throw new AnnotationError('not-your-reply', `Only ${reply.author} can change this reply.`);
  return reply;
}

/** Rewrites a reply's text; only its author may. */
export async function editReply(db: GlossaDatabase, id: Id, replyId: Id, edit: { author: string; body: string }): Promise<void> {
  const body = edit.body.trim();
  if (body === '') throw new AnnotationError('empty-reply', 'A reply cannot be empty. Delete it instead.');
  await writeAll(db, ANNOTATION_TABLES, async (connection) => {
    const current = requireLive(await requireAnnotationOfEditableDocument(connection, id));
    const reply = ownReply(current, replyId, edit.author.trim());
    if (reply.body === body) return;
    const now = connection.clock();
    const replies = current.replies.map((candidate) => (candidate.id === replyId ? { ...candidate, body, editedAt: now } : candidate));
    await connection.annotations.put({ ...current, replies, updatedAt: now });
  });
}

/** Removes a reply (only its author may); returns it and where it was, for Undo (restoreReply). */
export async function deleteReply(db: GlossaDatabase, id: Id, replyId: Id, author: string): Promise<{ reply: AnnotationReply; index: number }> {
  return writeAll(db, ANNOTATION_TABLES, async (connection) => {
    const current = requireLive(await requireAnnotationOfEditableDocument(connection, id));
    const reply = ownReply(current, replyId, author.trim());
    const index = current.replies.indexOf(reply);
    await connection.annotations.put({ ...current, replies: current.replies.filter((candidate) => candidate !== reply), updatedAt: connection.clock() });
    return { reply, index };
  });
}

/** Puts a deleted reply back where it was. */
export async function restoreReply(db: GlossaDatabase, id: Id, removed: { reply: AnnotationReply; index: number }): Promise<void> {
  await writeAll(db, ANNOTATION_TABLES, async (connection) => {
    const current = requireLive(await requireAnnotationOfEditableDocument(connection, id));
    if (current.replies.some((candidate) => candidate.id === removed.reply.id)) return;
    const replies = [...current.replies];
    replies.splice(Math.min(removed.index, replies.length), 0, removed.reply);
    await connection.annotations.put({ ...current, replies, updatedAt: connection.clock() });
  });
}

/** Moves the annotation to its tombstone. Deleting a deleted annotation changes nothing. */
export async function deleteAnnotation(db: GlossaDatabase, id: Id): Promise<void> {
  await writeAll(db, ANNOTATION_TABLES, async (connection) => {
    const annotation = await requireAnnotationOfEditableDocument(connection, id);
    if (annotation.deletedAt != null) return;
    const now = connection.clock();
    await connection.annotations.update(id, { deletedAt: now, updatedAt: now });
  });
}

/** Undoes deleteAnnotation. Restoring an annotation that is not deleted changes nothing. */
export async function restoreAnnotation(db: GlossaDatabase, id: Id): Promise<void> {
  await writeAll(db, ANNOTATION_TABLES, async (connection) => {
    const annotation = await requireAnnotationOfEditableDocument(connection, id);
    if (annotation.deletedAt == null) return;
    await connection.annotations.update(id, { deletedAt: null, updatedAt: connection.clock() });
  });
}

function inReadingOrder(a: Annotation, b: Annotation): number {
  const byStart = a.selectors.position.start - b.selectors.position.start;
  if (byStart !== 0) return byStart;
  const byEnd = a.selectors.position.end - b.selectors.position.end;
  if (byEnd !== 0) return byEnd;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function applyPatch(current: Annotation, patch: AnnotationPatch): Annotation {
  const next: Annotation = { ...current };
  if (patch.body !== undefined) next.body = patch.body;
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.kind !== undefined) next.kind = patch.kind;
  for (const field of OPTIONAL_FIELDS) {
    if (!Object.hasOwn(patch, field)) continue;
    const value = patch[field];
    if (value === undefined) delete next[field];
    else Object.assign(next, { [field]: value });
  }
  return next;
}

function definedFields(input: CreateAnnotationInput): Partial<Pick<Annotation, OptionalField>> {
  const fields: Partial<Pick<Annotation, OptionalField>> = {};
  for (const field of OPTIONAL_FIELDS) {
    const value = input[field];
    if (value !== undefined) Object.assign(fields, { [field]: value });
  }
  return fields;
}

// Synchronous on purpose: Dexie follows its transaction across native awaits for only a few
// microtasks, and an async helper awaiting another async helper loses it (PrematureCommitError).
function requireLive(annotation: Annotation): Annotation {
  if (annotation.deletedAt != null) throw new StorageError('not-found', 'This annotation was deleted.');
  return annotation;
}

async function requireAnnotationOfEditableDocument(connection: GlossaDatabase, id: Id): Promise<Annotation> {
  const annotation = await connection.annotations.get(id);
  if (!annotation) throw new StorageError('not-found', 'This annotation no longer exists.');
  requireEditable(await connection.documents.get(annotation.docId));
  return annotation;
}
