/**
 * The IndexedDB schema of the `glossa` database, as numbered Dexie versions.
 *
 * ┌──────────────────────────────────────────────────────────────────────────┐
 * │ WARNING: never edit a step that has shipped. Users have data written by  │
 * │ it. To change the schema, APPEND a new step with the next version number │
 * │ (and an `upgrade` when existing rows must change shape), and add an      │
 * │ upgrade test that writes rows at the previous version and reads them at  │
 * │ the new one (see schema.test.ts). See docs/adr/0002-storage.md.          │
 * └──────────────────────────────────────────────────────────────────────────┘
 *
 * Index notes: IndexedDB leaves a row out of an index when the key is null or
 * missing, so `deletedAt` indexes only tombstoned rows — exactly what Trash reads.
 */
import type { Transaction } from 'dexie';

export type TableName = 'documents' | 'documentTexts' | 'annotations' | 'glossaries' | 'terms' | 'findings' | 'settings';

export const TABLE_NAMES: readonly TableName[] = ['documents', 'documentTexts', 'annotations', 'glossaries', 'terms', 'findings', 'settings'];

interface SchemaStep {
  version: number;
  /** Dexie store strings; a table set to null is dropped at this version. */
  stores: Partial<Record<TableName, string | null>>;
  /** Rewrites existing rows when their shape changes; runs inside the version-change transaction. */
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}

export const SCHEMA_STEPS: readonly SchemaStep[] = [
  {
    version: 1,
    stores: {
      documents: 'id, updatedAt, deletedAt, title',
      // Article text apart from metadata: lists and live queries never read whole articles.
      documentTexts: 'id',
      annotations: 'id, docId, [docId+kind], termId, updatedAt, deletedAt',
      glossaries: 'id, [sourceLang+targetLang], deletedAt',
      terms: 'id, glossaryId, source, target, status, updatedAt, deletedAt',
      findings: 'id, docId, key',
      settings: 'key',
    },
  },
  {
    // Every term query goes by glossary, so the source/target/status/updatedAt indexes
    // were only a cost: one more index entry written per term, 100,000 on a big import.
    // Dropping indexes keeps every row as it was.
    version: 2,
    stores: {
      terms: 'id, glossaryId, deletedAt',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]?.version ?? 0;
