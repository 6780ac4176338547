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

export type TableName = 'documents' | 'documentTexts' | 'bilingual' | 'baselines' | 'annotations' | 'glossaries' | 'terms' | 'findings' | 'settings';

export const TABLE_NAMES: readonly TableName[] = ['documents', 'documentTexts', 'bilingual', 'baselines', 'annotations', 'glossaries', 'terms', 'findings', 'settings'];

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
  {
    // Bilingual documents (issue 10): what the file delivered (sources, MT targets, states,
    // notes, the XLIFF itself) in a table of its own, keyed by document id, so an autosave of
    // the article never rewrites a file of up to 60 MB. Monolingual documents have no row and
    // are unchanged. Version 2 had a placeholder `sourceSegments` on DocumentText that no
    // release wrote; a row that has one anyway moves to the new table as an aligned document.
    version: 3,
    stores: {
      bilingual: 'id',
    },
    async upgrade(transaction) {
      const texts = transaction.table('documentTexts');
      const legacy = (await texts.toArray()).filter((text: Record<string, unknown>) => 'sourceSegments' in text);
      for (const text of legacy as (Record<string, unknown> & { id: string; updatedAt: number })[]) {
        const old = text['sourceSegments'];
        delete text['sourceSegments'];
        await texts.put(text);
        if (!Array.isArray(old) || old.length === 0) continue;
        const segments = (old as LegacySourceSegment[]).map((segment) => ({
          id: segment.id,
          fileId: '',
          unitId: segment.id,
          segmentKey: '',
          source: [{ type: 'text', text: segment.source }],
          mtTarget: [{ type: 'text', text: segment.target }],
          state: 'translated',
          originalState: '',
          notes: [],
        }));
        await transaction.table('bilingual').put({ id: text.id, origin: 'aligned', version: '', fileName: '', original: '', files: [], segments, updatedAt: text.updatedAt });
        await transaction.table('documents').update(text.id, { bilingual: { origin: 'aligned', segments: segments.length } });
      }
    },
  },
  {
    // Tracked changes (issue 15): each document's baseline, the text as imported with the
    // accepted changes in it, in a table of its own so autosave never rewrites it. Documents
    // imported before have lost their imported text; their baseline is the text as it is at
    // the upgrade, so their changes are tracked from then on.
    version: 4,
    stores: {
      baselines: 'id',
    },
    async upgrade(transaction) {
      const texts = (await transaction.table('documentTexts').toArray()) as { id: string; plainText: string; updatedAt: number }[];
      await transaction.table('baselines').bulkPut(texts.map((text) => ({ id: text.id, text: text.plainText, updatedAt: text.updatedAt })));
    },
  },
];

/** The shape of version 2's unused DocumentText.sourceSegments placeholder. */
interface LegacySourceSegment {
  id: string;
  source: string;
  target: string;
}

/** The tables a database at `version` has (a backup from then has exactly these). */
export function tablesAt(version: number): TableName[] {
  const tables = new Set<TableName>();
  for (const step of SCHEMA_STEPS) {
    if (step.version > version) break;
    for (const [name, store] of Object.entries(step.stores) as [TableName, string | null][]) {
      if (store === null) tables.delete(name);
      else tables.add(name);
    }
  }
  return TABLE_NAMES.filter((name) => tables.has(name));
}

export const LATEST_SCHEMA_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]?.version ?? 0;
