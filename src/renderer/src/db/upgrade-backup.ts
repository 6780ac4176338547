/**
 * A backup before every schema upgrade: when the stored database is older than this Glossa's
 * schema, it is opened at its own version (so Dexie does not upgrade it yet), exported and
 * handed to the host, and only then opened normally, which runs the upgrade steps.
 */
import { Dexie } from 'dexie';
import { exportLibrary, type ExportedLibrary } from './backup';
import { DEFAULT_DATABASE_NAME, GlossaDatabase } from './database';
import { LATEST_SCHEMA_VERSION, SCHEMA_STEPS } from './schema';

type UpgradeBackupResult =
  | { kind: 'not-needed'; storedVersion: number | null }
  | { kind: 'written'; storedVersion: number }
  | { kind: 'failed'; storedVersion: number; error: unknown };

interface UpgradeBackupOptions {
  name?: string;
  appVersion: string;
  /** Stores the backup (Host.writeBackup); rejects when it could not. */
  write(backup: ExportedLibrary): Promise<void>;
}

/** The version the database was last opened at, or null when there is none yet. Opens nothing for writing. */
export async function storedSchemaVersion(name = DEFAULT_DATABASE_NAME): Promise<number | null> {
  if (!(await Dexie.exists(name))) return null;
  // Dynamic mode: no versions declared, so Dexie opens whatever is there and upgrades nothing.
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } finally {
    probe.close();
  }
}

/**
 * Call before the app opens its database. Never throws: a backup that could not be written is
 * reported in the result and the app still starts (refusing to upgrade would lock the user out).
 */
export async function backupBeforeUpgrade(options: UpgradeBackupOptions): Promise<UpgradeBackupResult> {
  const name = options.name ?? DEFAULT_DATABASE_NAME;
  let storedVersion: number | null;
  try {
    storedVersion = await storedSchemaVersion(name);
  } catch {
    return { kind: 'not-needed', storedVersion: null };
  }
  if (storedVersion === null || storedVersion >= LATEST_SCHEMA_VERSION || !SCHEMA_STEPS.some((step) => step.version === storedVersion)) {
    return { kind: 'not-needed', storedVersion };
  }
  const old = new GlossaDatabase({ name, schemaVersion: storedVersion });
  try {
    const backup = await exportLibrary(old, { reason: 'before-upgrade', appVersion: options.appVersion });
    await options.write(backup);
    return { kind: 'written', storedVersion };
  } catch (error) {
    return { kind: 'failed', storedVersion, error };
  } finally {
    old.close();
  }
}
