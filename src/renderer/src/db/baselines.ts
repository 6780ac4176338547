/**
 * Repository functions for tracked-change baselines (core/tracked-changes): the text as
 * imported, with the accepted changes written into it.
 */
import type { Id } from '@core/model';
import type { GlossaDatabase } from './database';
import { StorageError } from './errors';
import { writeAll } from './transaction';

/** The document's baseline text; undefined when it has none (it then has no tracked changes). */
export async function getBaseline(db: GlossaDatabase, id: Id): Promise<string | undefined> {
  return (await db.baselines.get(id))?.text;
}

/**
 * Writes an accepted change into the baseline. `expected` is the baseline the change was computed
 * against: when the stored one has moved on (another window accepted meanwhile), nothing is written.
 */
export async function setBaseline(db: GlossaDatabase, id: Id, text: string, expected: string): Promise<void> {
  await writeAll(db, ['documents', 'baselines'], async (connection) => {
    const document = await connection.documents.get(id);
    if (!document) throw new StorageError('not-found', 'This document no longer exists.');
    const stored = await connection.baselines.get(id);
    if (stored && stored.text !== expected) throw new StorageError('stale-revision', 'The changes were accepted or rejected in another window. Look again and retry.');
    await connection.baselines.put({ id, text, updatedAt: connection.clock() });
  });
}
