/** Repository functions for documents. Each takes the database first so tests can pass their own. */
import { DEFAULT_LANGUAGE_PAIR } from '@core/model';
import type { BilingualRecord, DocumentOrigin, DocumentRecord, DocumentText, GlossaDocument, Id, LanguagePair, Timestamp } from '@core/model';
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
  /** A bilingual document's segments as the file delivered them (stored in the same transaction). */
  bilingual?: Omit<BilingualRecord, 'id' | 'updatedAt'>;
}

interface DocumentContent {
  editorState: string;
  plainText: string;
  wordCount: number;
  /**
   * The revision this content was made from (DocumentText.revision, 0 before the first
   * save). When given, the save is refused with 'stale-revision' if the stored text has
   * moved on, so a second window can never silently overwrite the first one's work.
   */
  baseRevision?: number;
}

/**
 * A document without its text, for lists. The text is a row of its own in
 * documentTexts, so lists and live queries never read (or hold) whole articles.
 */
export type DocumentSummary = DocumentRecord;

/** The tables a document spans; every transaction that creates or removes documents names them all. */
const DOCUMENT_TABLES = ['documents', 'documentTexts', 'baselines'] as const;
/** What a save of the article writes: never the baseline, which only import and Accept change. */
const TEXT_TABLES = ['documents', 'documentTexts'] as const;

interface ListDocumentsOptions {
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
  const record: DocumentRecord = {
    id: newId(now),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    title,
    ...pair,
    origin: input.origin,
    wordCount: input.wordCount,
    glossaryIds: [...(input.glossaryIds ?? [])],
    ...(input.bilingual ? { bilingual: { origin: input.bilingual.origin, segments: input.bilingual.segments.length } } : {}),
  };
  const text: DocumentText = {
    id: record.id,
    editorState: input.editorState,
    plainText: input.plainText,
    updatedAt: now,
  };
  // A connection at an older schema version (upgrade tests: what an older Glossa wrote) has no baselines.
  const tracked = db.tables.some((table) => table.name === 'baselines');
  const tables = tracked ? DOCUMENT_TABLES : TEXT_TABLES;
  await writeAll(
    db,
    input.bilingual ? [...tables, 'bilingual'] : tables,
    async (connection) => {
      await connection.documents.add(record);
      await connection.documentTexts.add(text);
      // Tracked changes are counted from the text as imported.
      if (tracked) await connection.baselines.add({ id: record.id, text: input.plainText, updatedAt: now });
      if (input.bilingual) await connection.bilingual.add({ ...input.bilingual, id: record.id, updatedAt: now });
    },
    { durability: 'strict' },
  );
  return joinDocument(record, text);
}

/** The document with its text, trashed or not; undefined if there is none with this id. */
export async function getDocument(db: GlossaDatabase, id: Id): Promise<GlossaDocument | undefined> {
  const [record, text] = await Promise.all([db.documents.get(id), db.documentTexts.get(id)]);
  return record && text ? joinDocument(record, text) : undefined;
}

/** Only the metadata of one document (cheap: no article text). */
export async function getDocumentSummary(db: GlossaDatabase, id: Id): Promise<DocumentSummary | undefined> {
  return db.documents.get(id);
}

/**
 * A document in the library (not in the Trash) whose text is exactly this one: what a second
 * import of the same file would duplicate. Only documents with the same word count are read.
 */
export async function findSameText(db: GlossaDatabase, plainText: string, wordCount: number): Promise<DocumentSummary | undefined> {
  const candidates = await db.documents.filter((row) => row.deletedAt == null && row.wordCount === wordCount).toArray();
  for (const candidate of candidates) {
    if ((await db.documentTexts.get(candidate.id))?.plainText === plainText) return candidate;
  }
  return undefined;
}

/** Only the text of one document. */
export async function getDocumentText(db: GlossaDatabase, id: Id): Promise<DocumentText | undefined> {
  return db.documentTexts.get(id);
}

/** The bilingual side of a document (sources, MT targets, the file); undefined for a monolingual one. */
export async function getBilingual(db: GlossaDatabase, id: Id): Promise<BilingualRecord | undefined> {
  return db.bilingual.get(id);
}

/** Documents not in the Trash, most recently changed first. */
export async function listDocuments(db: GlossaDatabase, options: ListDocumentsOptions = {}): Promise<DocumentSummary[]> {
  const words = searchWords(options.search);
  const documents = await db.documents
    .orderBy('updatedAt')
    .reverse()
    .filter((document) => document.deletedAt == null && titleMatches(document.title, words))
    .toArray();
  return documents;
}

/** Documents in the Trash, most recently trashed first. */
export async function listTrash(db: GlossaDatabase): Promise<DocumentSummary[]> {
  // Only tombstoned rows are in the deletedAt index (see schema.ts).
  return db.documents.orderBy('deletedAt').reverse().toArray();
}

/** Stores what the editor holds; returns the new updatedAt. */
export async function saveDocumentContent(db: GlossaDatabase, id: Id, content: DocumentContent): Promise<Timestamp> {
  return writeAll(db, TEXT_TABLES, async (connection) => {
    const document = await connection.documents.get(id);
    requireEditable(document);
    const updatedAt = connection.clock();
    // The revision from the small documents row: reading the text back would deserialise the whole
    // article (tens of MB for a 10,000-segment XLIFF) once a second while the translator types.
    const stored = document.textRevision ?? (await connection.documentTexts.get(id))?.revision ?? 0;
    if (content.baseRevision !== undefined && content.baseRevision !== stored) {
      throw new StorageError(
        'stale-revision',
        'This document was changed in another window or tab since it was opened here, so these edits were not saved over it.',
      );
    }
    const text: DocumentText = { id, editorState: content.editorState, plainText: content.plainText, revision: stored + 1, updatedAt };
    await connection.documentTexts.put(text);
    await connection.documents.update(id, { wordCount: content.wordCount, updatedAt, textRevision: stored + 1 });
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

function joinDocument(record: DocumentRecord, text: DocumentText): GlossaDocument {
  return {
    ...record,
    editorState: text.editorState,
    plainText: text.plainText,
  };
}

/** A trashed document is read-only until restored, so a late autosave cannot change what the translator threw away. */
function requireEditable(document: DocumentRecord | undefined): asserts document is DocumentRecord {
  if (!document) throw new StorageError('not-found', 'This document no longer exists.');
  if (document.deletedAt != null) {
    throw new StorageError('in-trash', `“${document.title}” is in the Trash. Restore it before changing it.`);
  }
}
