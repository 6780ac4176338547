/** Repository functions for documents. Each takes the database first so tests can pass their own. */
import { DEFAULT_LANGUAGE_PAIR } from '@core/model';
import type { DocumentOrigin, GlossaDocument, Id, LanguagePair, SourceSegment, Timestamp } from '@core/model';
import type { GlossaDatabase } from './database';
import { StorageError } from './errors';
import { newId } from './ids';
import { searchWords, titleMatches } from './title-search';
import { writeAll } from './transaction';
import { validLanguagePair, validTitle } from './validation';

export interface CreateDocumentInput extends Partial<LanguagePair> {
  title: string;
  origin: DocumentOrigin;
  editorState: string;
  plainText: string;
  wordCount: number;
  glossaryIds?: Id[];
  sourceSegments?: SourceSegment[];
}

export interface DocumentContent {
  editorState: string;
  plainText: string;
  wordCount: number;
}

/**
 * A document without its text, for lists. IndexedDB still reads whole rows, but
 * dropping the (possibly many-MB) editor state here lets it be collected instead
 * of being held by every list that renders the library.
 */
export type DocumentSummary = Omit<GlossaDocument, 'editorState' | 'plainText' | 'sourceSegments'>;

export interface ListDocumentsOptions {
  /** Words that must all appear in the title, in any order, ignoring case. */
  search?: string;
}

/** Imports go through here, so the new document is written with strict durability. */
export async function createDocument(db: GlossaDatabase, input: CreateDocumentInput): Promise<GlossaDocument> {
  const title = validTitle(input.title);
  const pair = validLanguagePair({
    sourceLang: input.sourceLang ?? DEFAULT_LANGUAGE_PAIR.sourceLang,
    targetLang: input.targetLang ?? DEFAULT_LANGUAGE_PAIR.targetLang,
  });
  const now = db.clock();
  const document: GlossaDocument = {
    id: newId(now),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    title,
    ...pair,
    origin: input.origin,
    editorState: input.editorState,
    plainText: input.plainText,
    wordCount: input.wordCount,
    glossaryIds: [...(input.glossaryIds ?? [])],
    ...(input.sourceSegments ? { sourceSegments: input.sourceSegments } : {}),
  };
  await writeAll(db, ['documents'], (connection) => connection.documents.add(document), { durability: 'strict' });
  return document;
}

/** The document, trashed or not; undefined if there is none with this id. */
export async function getDocument(db: GlossaDatabase, id: Id): Promise<GlossaDocument | undefined> {
  return db.documents.get(id);
}

/** Documents not in the Trash, most recently changed first. */
export async function listDocuments(db: GlossaDatabase, options: ListDocumentsOptions = {}): Promise<DocumentSummary[]> {
  const words = searchWords(options.search);
  const documents = await db.documents
    .orderBy('updatedAt')
    .reverse()
    .filter((document) => document.deletedAt == null && titleMatches(document.title, words))
    .toArray();
  return documents.map(toSummary);
}

/** Documents in the Trash, most recently trashed first. */
export async function listTrash(db: GlossaDatabase): Promise<DocumentSummary[]> {
  // Only tombstoned rows are in the deletedAt index (see schema.ts).
  const documents = await db.documents.orderBy('deletedAt').reverse().toArray();
  return documents.map(toSummary);
}

/** Stores what the editor holds; returns the new updatedAt. */
export async function saveDocumentContent(db: GlossaDatabase, id: Id, content: DocumentContent): Promise<Timestamp> {
  return writeAll(db, ['documents'], async (connection) => {
    requireEditable(await connection.documents.get(id));
    const updatedAt = connection.clock();
    await connection.documents.update(id, {
      editorState: content.editorState,
      plainText: content.plainText,
      wordCount: content.wordCount,
      updatedAt,
    });
    return updatedAt;
  });
}

export async function renameDocument(db: GlossaDatabase, id: Id, title: string): Promise<void> {
  const valid = validTitle(title);
  await writeAll(db, ['documents'], async (connection) => {
    requireEditable(await connection.documents.get(id));
    await connection.documents.update(id, { title: valid, updatedAt: connection.clock() });
  });
}

/** Sets the language pair, stored in canonical BCP-47 form ("EN-gb" → "en-GB"). */
export async function setLanguagePair(db: GlossaDatabase, id: Id, pair: LanguagePair): Promise<void> {
  const valid = validLanguagePair(pair);
  await writeAll(db, ['documents'], async (connection) => {
    requireEditable(await connection.documents.get(id));
    await connection.documents.update(id, { ...valid, updatedAt: connection.clock() });
  });
}

/**
 * Remembers where the translator was reading. Not a change to the document, so
 * updatedAt stays put (the library order must not jump when someone scrolls).
 * Silently does nothing for a missing document: this runs on close, possibly
 * after the document was deleted. Every call still wakes live queries on
 * documents, so callers should save on pause or close, not on every scroll event.
 */
export async function setScrollTop(db: GlossaDatabase, id: Id, scrollTop: number): Promise<void> {
  if (!Number.isFinite(scrollTop)) return;
  await writeAll(db, ['documents'], (connection) => connection.documents.update(id, { scrollTop: Math.max(0, scrollTop) }));
}

function toSummary(document: GlossaDocument): DocumentSummary {
  const { editorState: _editorState, plainText: _plainText, sourceSegments: _sourceSegments, ...summary } = document;
  return summary;
}

/** A trashed document is read-only until restored, so a late autosave cannot change what the translator threw away. */
function requireEditable(document: GlossaDocument | undefined): asserts document is GlossaDocument {
  if (!document) throw new StorageError('not-found', 'This document no longer exists.');
  if (document.deletedAt != null) {
    throw new StorageError('in-trash', `“${document.title}” is in the Trash. Restore it before changing it.`);
  }
}
