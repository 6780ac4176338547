/**
 * Dismissed QA findings: the translator said "not a problem", so the finding stays hidden the
 * next time the checks run. A finding is known by its key (check, occurrence and quote; see
 * core/qa withKeys), which survives edits elsewhere in the article.
 *
 * Restoring a finding sets a tombstone (deletedAt) rather than removing the row, as every other
 * delete does, so the store can be synced later; dismissing it again revives the same row. Like
 * annotations, the dismissals of a document in the Trash are read-only until it is restored.
 */
import type { DismissedFinding, Id } from '@core/model';
import { requireEditable } from './annotation-validation';
import type { GlossaDatabase } from './database';
import { newId } from './ids';
import { writeAll } from './transaction';

const FINDING_TABLES = ['documents', 'findings'] as const;

interface FindingToDismiss {
  docId: Id;
  checkId: string;
  key: string;
}

/** Dismisses the finding and returns the stored row. Dismissing a dismissed finding changes nothing. */
export async function dismissFinding(db: GlossaDatabase, finding: FindingToDismiss): Promise<DismissedFinding> {
  const docId = requireText(finding.docId, 'document id');
  const checkId = requireText(finding.checkId, 'check id');
  const key = requireText(finding.key, 'finding key');
  return writeAll(db, FINDING_TABLES, async (connection) => {
    requireEditable(await connection.documents.get(docId));
    const rows = await rowsOf(connection, docId, key);
    const now = connection.clock();
    const live = rows.find((row) => row.deletedAt == null);
    if (live) return live;
    const restored = rows[0];
    if (restored) {
      const revived: DismissedFinding = { ...restored, checkId, deletedAt: null, updatedAt: now };
      await connection.findings.put(revived);
      return revived;
    }
    const created: DismissedFinding = { id: newId(now), createdAt: now, updatedAt: now, deletedAt: null, docId, checkId, key };
    await connection.findings.add(created);
    return created;
  });
}

/** Shows the finding again. Restoring a finding that is not dismissed changes nothing. */
export async function restoreFinding(db: GlossaDatabase, docId: Id, key: string): Promise<void> {
  await writeAll(db, FINDING_TABLES, async (connection) => {
    requireEditable(await connection.documents.get(docId));
    const now = connection.clock();
    for (const row of await rowsOf(connection, docId, key)) {
      if (row.deletedAt == null) await connection.findings.update(row.id, { deletedAt: now, updatedAt: now });
    }
  });
}

/** The keys of the document's dismissed findings: what the review panel hides. */
export async function listDismissedKeys(db: GlossaDatabase, docId: Id): Promise<Set<string>> {
  const rows = await db.findings
    .where('docId')
    .equals(docId)
    .filter((row) => row.deletedAt == null)
    .toArray();
  return new Set(rows.map((row) => row.key));
}

// The schema indexes docId and key apart; a document has few dismissals, so its rows are filtered by key.
function rowsOf(connection: GlossaDatabase, docId: Id, key: string): Promise<DismissedFinding[]> {
  return connection.findings
    .where('docId')
    .equals(docId)
    .filter((row) => row.key === key)
    .sortBy('createdAt');
}

function requireText(value: string, what: string): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`A dismissed finding needs a ${what}.`);
  return value;
}
