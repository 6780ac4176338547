/**
 * Repository functions for glossaries. There is one default glossary per language pair (the
 * oldest live one for that pair, created on first need), and a document uses the glossaries
 * listed in its `glossaryIds`, or the default one for its pair when it lists none.
 */
import type { DocumentRecord, Glossary, Id, LanguagePair } from '@core/model';
import type { GlossaDatabase } from './database';
import { StorageError } from './errors';
import { newId } from './ids';
import { writeAll } from './transaction';
import { validLanguagePair } from './validation';

const GLOSSARY_TABLES = ['glossaries', 'terms', 'documents'] as const;

const MAX_GLOSSARY_NAME_LENGTH = 120;

interface CreateGlossaryInput extends LanguagePair {
  name?: string;
  description?: string;
}

function validName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new StorageError('invalid-title', 'A glossary name cannot be empty.');
  if ([...trimmed].length > MAX_GLOSSARY_NAME_LENGTH) {
    throw new StorageError('invalid-title', `A glossary name can be at most ${MAX_GLOSSARY_NAME_LENGTH} characters.`);
  }
  return trimmed;
}

/** "Glossary zh → en": what a default glossary is called until the translator renames it. */
function defaultGlossaryName(pair: LanguagePair): string {
  return `Glossary ${pair.sourceLang} → ${pair.targetLang}`;
}

export async function createGlossary(db: GlossaDatabase, input: CreateGlossaryInput): Promise<Glossary> {
  const pair = validLanguagePair(input);
  const name = validName(input.name ?? defaultGlossaryName(pair));
  return writeAll(db, ['glossaries'], async (connection) => {
    const now = connection.clock();
    const glossary: Glossary = {
      id: newId(now),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      name,
      description: input.description?.trim() ?? '',
      ...pair,
    };
    await connection.glossaries.add(glossary);
    return glossary;
  });
}

/** Live glossaries, oldest first (so the default of each pair comes before the others). */
export async function listGlossaries(db: GlossaDatabase): Promise<Glossary[]> {
  const all = await db.glossaries.toArray();
  return all.filter((glossary) => !glossary.deletedAt).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

async function getGlossary(db: GlossaDatabase, id: Id): Promise<Glossary | undefined> {
  const glossary = await db.glossaries.get(id);
  return glossary && !glossary.deletedAt ? glossary : undefined;
}

export async function updateGlossary(
  db: GlossaDatabase,
  id: Id,
  patch: Partial<Pick<Glossary, 'name' | 'description' | 'sourceLang' | 'targetLang'>>,
): Promise<Glossary> {
  const changes: Partial<Glossary> = {};
  if (patch.name !== undefined) changes.name = validName(patch.name);
  if (patch.description !== undefined) changes.description = patch.description.trim();
  return writeAll(db, ['glossaries'], async (connection) => {
    const glossary = await getGlossary(connection, id);
    if (!glossary) throw new StorageError('not-found', 'That glossary no longer exists.');
    if (patch.sourceLang !== undefined || patch.targetLang !== undefined) {
      Object.assign(
        changes,
        validLanguagePair({ sourceLang: patch.sourceLang ?? glossary.sourceLang, targetLang: patch.targetLang ?? glossary.targetLang }),
      );
    }
    const updated = { ...glossary, ...changes, updatedAt: connection.clock() };
    await connection.glossaries.put(updated);
    return updated;
  });
}

/** The default glossary for a language pair, created when there is none yet. */
export async function defaultGlossaryFor(db: GlossaDatabase, pair: LanguagePair): Promise<Glossary> {
  const { sourceLang, targetLang } = validLanguagePair(pair);
  return writeAll(db, ['glossaries'], async (connection) => {
    const existing = (await connection.glossaries.where('[sourceLang+targetLang]').equals([sourceLang, targetLang]).toArray())
      .filter((glossary) => !glossary.deletedAt)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))[0];
    return existing ?? createGlossary(connection, { sourceLang, targetLang });
  });
}

/**
 * The glossaries a document uses, in its order. A document that lists none (or only deleted
 * ones) uses the default glossary of its language pair, which is then recorded on it.
 */
export async function glossariesForDocument(db: GlossaDatabase, docId: Id): Promise<Glossary[]> {
  return writeAll(db, GLOSSARY_TABLES, async (connection) => {
    const document: DocumentRecord | undefined = await connection.documents.get(docId);
    if (!document) throw new StorageError('not-found', 'That document no longer exists.');
    const listed = (await connection.glossaries.bulkGet(document.glossaryIds)).filter(
      (glossary): glossary is Glossary => glossary !== undefined && !glossary.deletedAt,
    );
    if (listed.length > 0) return listed;
    const fallback = await defaultGlossaryFor(connection, document);
    if (!document.deletedAt) await connection.documents.update(docId, { glossaryIds: [fallback.id] });
    return [fallback];
  });
}

/**
 * The glossaries a document uses, read only (for live queries): those it lists, else the
 * default of its language pair if there is one yet. glossariesForDocument creates it.
 */
export async function readDocumentGlossaries(db: GlossaDatabase, docId: Id): Promise<Glossary[]> {
  const document = await db.documents.get(docId);
  if (!document) return [];
  const listed = (await db.glossaries.bulkGet(document.glossaryIds)).filter(
    (glossary): glossary is Glossary => glossary !== undefined && !glossary.deletedAt,
  );
  if (listed.length > 0) return listed;
  const fallback = (await db.glossaries.where('[sourceLang+targetLang]').equals([document.sourceLang, document.targetLang]).toArray())
    .filter((glossary) => !glossary.deletedAt)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))[0];
  return fallback ? [fallback] : [];
}

/** Sets which glossaries a document uses (at least one). Unknown ids are refused. */
export async function setDocumentGlossaries(db: GlossaDatabase, docId: Id, glossaryIds: readonly Id[]): Promise<void> {
  const unique = [...new Set(glossaryIds)];
  if (unique.length === 0) throw new StorageError('not-found', 'A document uses at least one glossary.');
  await writeAll(db, GLOSSARY_TABLES, async (connection) => {
    const document = await connection.documents.get(docId);
    if (!document) throw new StorageError('not-found', 'That document no longer exists.');
    if (document.deletedAt) throw new StorageError('in-trash', 'This document is in the Trash. Restore it to change it.');
    const found = await connection.glossaries.bulkGet(unique);
    if (found.some((glossary) => !glossary || glossary.deletedAt)) throw new StorageError('not-found', 'One of those glossaries no longer exists.');
    await connection.documents.update(docId, { glossaryIds: unique, updatedAt: connection.clock() });
  });
}
