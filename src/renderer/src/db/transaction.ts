/**
 * The one way to write to more than one row: all of fn's writes commit together
 * or not at all. Repository functions use it even for single writes so that,
 * called from inside another writeAll, they join that transaction.
 */
import { Dexie } from 'dexie';
import type { Transaction } from 'dexie';
import type { GlossaDatabase } from './database';
import { StorageError } from './errors';
import type { TableName } from './schema';

interface WriteOptions {
  /**
   * 'strict' for imports, first-run and other writes the user cannot redo from
   * what is on screen: the transaction completes only once the data is flushed to
   * disk. Autosave keeps the browser default (relaxed), which is much cheaper.
   */
  durability?: 'strict';
}

/**
 * Runs fn in one read-write transaction over `tables` and returns its result; if fn
 * throws, nothing it wrote is kept.
 *
 * Inside fn, use only the `connection` it is given (pass it to repository functions
 * as their database): it may be the strict twin of `db`, and a query on `db`
 * itself would start a separate transaction outside this one. Within fn, await
 * only database work: awaiting anything else (fetch, timers) lets IndexedDB
 * commit early, and Dexie then rejects with PrematureCommitError.
 *
 * Nested calls join the outer transaction, so the outermost call decides
 * durability; asking for 'strict' inside a relaxed transaction is a bug and throws.
 */
export async function writeAll<T>(
  db: GlossaDatabase,
  tables: readonly TableName[],
  fn: (connection: GlossaDatabase) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  // Dexie types this as always present, but it is null outside a transaction.
  const outer: Transaction | null = Dexie.currentTransaction;
  let connection: GlossaDatabase;
  if (outer && db.owns(outer.db)) {
    connection = outer.db as GlossaDatabase;
    if (options.durability === 'strict' && connection.durability !== 'strict') {
      throw new StorageError('nested-durability', 'A strict write was started inside a transaction that is not strict.');
    }
  } else {
    connection = options.durability === 'strict' ? db.strictConnection() : db;
  }
  return connection.transaction('rw', tables, () => fn(connection));
}
