/**
 * Trash: deleting a document only sets tombstones (deletedAt) on it and its
 * annotations, so it can be restored and, later, so deletions can be synced.
 * Rows are really removed only when the Trash is emptied.
 */
import type { Id } from '@core/model';
import type { GlossaDatabase } from './database';
import { StorageError } from './errors';
import { writeAll } from './transaction';

/** Moves the document and its annotations to the Trash. Trashing a trashed document changes nothing. */
export async function moveToTrash(db: GlossaDatabase, id: Id): Promise<void> {
  await writeAll(db, ['documents', 'annotations'], async (connection) => {
    const document = await connection.documents.get(id);
    if (!document) throw new StorageError('not-found', 'This document no longer exists.');
    if (document.deletedAt != null) return;
    const annotations = await connection.annotations.where('docId').equals(id).toArray();
    // The document and its annotations share one deletedAt, which is how restore tells
    // them from annotations the translator had deleted on their own before; so that stamp
    // must differ from every earlier deletion, even one made in the same millisecond.
    const latestDeletion = Math.max(0, ...annotations.map((annotation) => annotation.deletedAt ?? 0));
    const now = Math.max(connection.clock(), latestDeletion + 1);
    await connection.annotations
      .where('docId')
      .equals(id)
      .filter((annotation) => annotation.deletedAt == null)
      .modify({ deletedAt: now, updatedAt: now });
    await connection.documents.update(id, { deletedAt: now, updatedAt: now });
  });
}

/** Brings the document back with the annotations that were trashed with it. */
export async function restoreFromTrash(db: GlossaDatabase, id: Id): Promise<void> {
  await writeAll(db, ['documents', 'annotations'], async (connection) => {
    const document = await connection.documents.get(id);
    if (!document) throw new StorageError('not-found', 'This document is no longer in the Trash.');
    const trashedAt = document.deletedAt;
    if (trashedAt == null) return;
    const now = connection.clock();
    await connection.annotations
      .where('docId')
      .equals(id)
      .filter((annotation) => annotation.deletedAt === trashedAt)
      .modify({ deletedAt: null, updatedAt: now });
    await connection.documents.update(id, { deletedAt: null, updatedAt: now });
  });
}

/**
 * Removes every trashed document for good, with all its annotations and dismissed
 * findings, in one transaction: a failure leaves the Trash as it was.
 * Returns how many documents were removed.
 */
export async function emptyTrash(db: GlossaDatabase): Promise<number> {
  return writeAll(db, ['documents', 'documentTexts', 'bilingual', 'baselines', 'annotations', 'findings'], async (connection) => {
    const ids = await connection.documents.orderBy('deletedAt').primaryKeys();
    if (ids.length === 0) return 0;
    await connection.bilingual.bulkDelete(ids);
    await connection.baselines.bulkDelete(ids);
    await connection.annotations.where('docId').anyOf(ids).delete();
    await connection.findings.where('docId').anyOf(ids).delete();
    await connection.documentTexts.bulkDelete(ids);
    await connection.documents.bulkDelete(ids);
    return ids.length;
  });
}
