/**
 * The one class that owns IndexedDB access. Everything else in the app reads and
 * writes through the repository functions of this folder, which take a
 * GlossaDatabase first so tests can use their own instance.
 */
import { Dexie } from 'dexie';
import type { EntityTable } from 'dexie';
import type { Annotation, BilingualRecord, DismissedFinding, DocumentBaseline, DocumentRecord, DocumentText, Glossary, Setting, Term } from '@core/model';
import { systemClock } from './clock';
import type { Clock } from './clock';
import { SCHEMA_STEPS } from './schema';

export const DEFAULT_DATABASE_NAME = 'glossa';

/** IndexedDB transaction durability, as Chromium defines it. */
type Durability = 'default' | 'strict' | 'relaxed';

interface GlossaDatabaseOptions {
  /** Database name; tests use a unique one each. */
  name?: string;
  clock?: Clock;
  /** Durability of every transaction on this connection (Dexie applies it per connection). */
  durability?: Durability;
  /** Open at this schema version instead of the latest: for upgrade tests only. */
  schemaVersion?: number;
}

export class GlossaDatabase extends Dexie {
  declare documents: EntityTable<DocumentRecord, 'id'>;
  declare documentTexts: EntityTable<DocumentText, 'id'>;
  declare bilingual: EntityTable<BilingualRecord, 'id'>;
  declare baselines: EntityTable<DocumentBaseline, 'id'>;
  declare annotations: EntityTable<Annotation, 'id'>;
  declare glossaries: EntityTable<Glossary, 'id'>;
  declare terms: EntityTable<Term, 'id'>;
  declare findings: EntityTable<DismissedFinding, 'id'>;
  declare settings: EntityTable<Setting, 'key'>;

  readonly clock: Clock;
  readonly durability: Durability;
  private readonly options: GlossaDatabaseOptions;
  private strictTwin: GlossaDatabase | undefined;

  constructor(options: GlossaDatabaseOptions = {}) {
    const durability = options.durability ?? 'default';
    super(options.name ?? DEFAULT_DATABASE_NAME, { chromeTransactionDurability: durability });
    this.options = options;
    this.clock = options.clock ?? systemClock;
    this.durability = durability;
    const upTo = options.schemaVersion ?? Number.POSITIVE_INFINITY;
    for (const step of SCHEMA_STEPS) {
      if (step.version > upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }

  /**
   * A second connection to the same database whose transactions commit with
   * durability 'strict' (flushed to disk before success is reported).
   *
   * Dexie 4 sets durability per connection only (the `chromeTransactionDurability`
   * constructor option); the `!` in a mode like 'rw!' means "start a new top-level
   * transaction", not durability. This connection stays at the browser default
   * (relaxed since Chromium 121, up to 10x cheaper per commit), which suits
   * autosave; imports and first-run writes go through the twin. Live queries on
   * either connection see the other's writes: Dexie signals changes by database name.
   */
  strictConnection(): GlossaDatabase {
    if (this.durability === 'strict') return this;
    this.strictTwin ??= new GlossaDatabase({ ...this.options, durability: 'strict' });
    return this.strictTwin;
  }

  /** Whether `connection` is this database or its strict twin. */
  owns(connection: Dexie): boolean {
    return connection === this || (this.strictTwin !== undefined && connection === this.strictTwin);
  }

  override close(closeOptions?: { disableAutoOpen: boolean }): void {
    this.strictTwin?.close(closeOptions);
    super.close(closeOptions);
  }
}

/** Opens (creating or upgrading) the database; rejects when it cannot, e.g. when it was written by a newer Glossa. */
export async function openGlossaDatabase(name?: string, options: Omit<GlossaDatabaseOptions, 'name'> = {}): Promise<GlossaDatabase> {
  const database = new GlossaDatabase({ ...options, name: name ?? DEFAULT_DATABASE_NAME });
  await database.open();
  return database;
}

let appDatabase: GlossaDatabase | undefined;

/** The app's database, created on first use (Dexie opens it on the first query). */
export function db(): GlossaDatabase {
  appDatabase ??= new GlossaDatabase();
  return appDatabase;
}
