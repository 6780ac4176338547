/** App settings, one row per key, typed by the key map below. */
import type { GlossaDatabase } from './database';
import { writeAll } from './transaction';

export interface SettingValues {
  /** The document to reopen at start-up; null when there is none. */
  lastOpenedDocumentId: string | null;
  /** Set once the bundled sample has been imported, so it is never imported again. */
  sampleImported: boolean;
  /** Written on annotations and terms the translator creates. */
  authorName: string;
  libraryVisible: boolean;
}

export type SettingKey = keyof SettingValues;

type Guards = { [K in SettingKey]: (value: unknown) => value is SettingValues[K] };

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

// Stored values outlive the code that wrote them; one of the wrong type reads as the fallback.
const guards: Guards = {
  lastOpenedDocumentId: (value): value is string | null => value === null || typeof value === 'string',
  sampleImported: isBoolean,
  authorName: isString,
  libraryVisible: isBoolean,
};

export async function getSetting<K extends SettingKey>(db: GlossaDatabase, key: K, fallback: SettingValues[K]): Promise<SettingValues[K]> {
  const row = await db.settings.get(key);
  if (row === undefined) return fallback;
  const isValid: (value: unknown) => value is SettingValues[K] = guards[key];
  return isValid(row.value) ? row.value : fallback;
}

export async function setSetting<K extends SettingKey>(db: GlossaDatabase, key: K, value: SettingValues[K]): Promise<void> {
  await writeAll(db, ['settings'], (connection) => connection.settings.put({ key, value, updatedAt: connection.clock() }));
}
