/**
 * Where annotations sit in the text, written back after the editor moved their marks or
 * re-anchoring found them again. Runs on every autosave, so it is built to write nothing when
 * nothing moved.
 */
import type { AnchorState, Annotation, Id, Timestamp } from '@core/model';
import { ANNOTATION_TABLES, requireEditable, validAnchorState, validConfidence, validSelectors } from './annotation-validation';
import type { GlossaDatabase } from './database';
import { writeAll } from './transaction';

/** Where re-anchoring or an autosave found an annotation. An omitted anchorConfidence means "exact", and clears a stored one. */
export interface AnchorUpdate {
  id: Id;
  selectors: Annotation['selectors'];
  anchorState: AnchorState;
  anchorConfidence?: number;
}

/**
 * Stores where annotations now sit, in one transaction, and returns the ids of the rows that
 * changed. This runs on every autosave with every annotation of the document, so rows whose
 * anchor is already as given are not written at all: no updatedAt bump, and no wake-up for
 * live queries. Deleted or missing annotations are skipped (an undo may have removed one
 * between the editor's read and this write); the returned ids tell the caller what was written.
 */
export async function updateAnchors(db: GlossaDatabase, updates: readonly AnchorUpdate[]): Promise<Id[]> {
  // The last update for an id wins, as it would if they were applied one by one.
  const byId = new Map<Id, AnchorUpdate>();
  for (const update of updates) byId.set(update.id, validAnchorUpdate(update));
  if (byId.size === 0) return [];
  return writeAll(db, ANNOTATION_TABLES, async (connection) => {
    const ids = [...byId.keys()];
    const rows = (await connection.annotations.bulkGet(ids)).filter(
      (row): row is Annotation => row !== undefined && row.deletedAt == null,
    );
    const docIds = [...new Set(rows.map((row) => row.docId))];
    for (const document of await connection.documents.bulkGet(docIds)) requireEditable(document);
    const now = connection.clock();
    const changed: Annotation[] = [];
    for (const row of rows) {
      const update = byId.get(row.id);
      if (update && !sameAnchor(row, update)) changed.push(withAnchor(row, update, now));
    }
    if (changed.length > 0) await connection.annotations.bulkPut(changed);
    return changed.map((row) => row.id);
  });
}

function sameAnchor(row: Annotation, update: AnchorUpdate): boolean {
  const [a, b] = [row.selectors, update.selectors];
  return (
    row.anchorState === update.anchorState &&
    row.anchorConfidence === update.anchorConfidence &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix &&
    a.position.start === b.position.start &&
    a.position.end === b.position.end
  );
}

function withAnchor(row: Annotation, update: AnchorUpdate, now: Timestamp): Annotation {
  const next: Annotation = { ...row, selectors: update.selectors, anchorState: update.anchorState, updatedAt: now };
  if (update.anchorConfidence === undefined) delete next.anchorConfidence;
  else next.anchorConfidence = update.anchorConfidence;
  return next;
}

function validAnchorUpdate(update: AnchorUpdate): AnchorUpdate {
  const valid: AnchorUpdate = { id: update.id, selectors: validSelectors(update.selectors), anchorState: validAnchorState(update.anchorState) };
  if (update.anchorConfidence !== undefined) valid.anchorConfidence = validConfidence(update.anchorConfidence);
  return valid;
}
