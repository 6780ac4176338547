// Renderer: backing up and restoring the whole library through the Host: what File › Export
// Library…, File › Restore from Backup… and main's lifecycle requests (quit, daily) do.
import { DEFAULT_BACKUPS_TO_KEEP, type BackupReason, type Host, type LifecycleRequest, type SaveFileResult, type WriteBackupResult } from '@core/host';
import { exportLibrary, flushPendingWrites, getSetting, hasPendingWrites, restoreBackup, type GlossaDatabase, type RestoreReport } from '../../db';

async function exportFor(db: GlossaDatabase, host: Host, reason: BackupReason) {
  // Everything accepted (autosave, card drafts) must be in the file.
  await flushPendingWrites();
  const { version } = await host.getAppInfo();
  return exportLibrary(db, { reason, appVersion: version });
}

/** A backup into the backups folder (desktop) or a download (web), keeping the number the setting says. */
export async function backUpLibrary(db: GlossaDatabase, host: Host, reason: BackupReason): Promise<WriteBackupResult> {
  const { bytes, header } = await exportFor(db, host, reason);
  const keep = await getSetting(db, 'backupsToKeep', DEFAULT_BACKUPS_TO_KEEP);
  return host.writeBackup({ reason, schemaVersion: header.schemaVersion, keep, data: bytes });
}

const pad = (value: number): string => String(value).padStart(2, '0');

function libraryFileName(date: Date): string {
  return `glossa-library-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** File › Export Library…: the whole library into a file the user chooses (a download on the web). */
export async function exportLibraryToFile(db: GlossaDatabase, host: Host): Promise<SaveFileResult> {
  const { bytes } = await exportFor(db, host, 'manual');
  return host.saveFile({
    title: 'Export Library',
    suggestedName: libraryFileName(new Date(db.clock())),
    filters: [{ name: 'Glossa library backup', extensions: ['json'] }],
    mimeType: 'application/json',
    data: bytes,
  });
}

/** Thrown when the current library could not be backed up before a restore; nothing was restored. */
export class SafetyBackupError extends Error {
  readonly code = 'safety-backup-failed';
  constructor(cause: unknown) {
    super(
      `The current library could not be backed up first (${cause instanceof Error ? cause.message : 'it was not saved'}), so nothing was restored.`,
      { cause },
    );
    this.name = 'SafetyBackupError';
  }
}

/** Backs up the current library, then replaces it with the backup's (one strict transaction). */
export async function restoreLibrary(db: GlossaDatabase, host: Host, bytes: Uint8Array, fileName: string): Promise<RestoreReport> {
  let safety: WriteBackupResult;
  try {
    safety = await backUpLibrary(db, host, 'before-restore');
  } catch (error) {
    throw new SafetyBackupError(error);
  }
  if (!safety.saved) throw new SafetyBackupError(undefined);
  return restoreBackup(db, bytes, fileName);
}

/**
 * Main's requests. Before a close: store everything and write the quit backup, then answer.
 * When something could not be stored, the answer says so and main asks the user whether to
 * close anyway; a quit backup that fails does not keep the window open.
 */
export async function answerLifecycleRequest(db: GlossaDatabase, host: Host, request: LifecycleRequest): Promise<void> {
  if (request.type === 'daily-backup') {
    await backUpLibrary(db, host, 'daily');
    return;
  }
  let unsaved: string | undefined;
  try {
    await flushPendingWrites();
  } catch (error) {
    unsaved = error instanceof Error && error.message ? error.message : 'A save failed.';
  }
  if (unsaved === undefined && hasPendingWrites()) unsaved = 'A save is still pending.';
  try {
    // Whatever could be stored is in the backup, even when a save failed.
    const { bytes, header } = await exportLibrary(db, { reason: 'quit', appVersion: (await host.getAppInfo()).version });
    const keep = await getSetting(db, 'backupsToKeep', DEFAULT_BACKUPS_TO_KEEP);
    await host.writeBackup({ reason: 'quit', schemaVersion: header.schemaVersion, keep, data: bytes });
  } catch (error) {
    console.error('Glossa could not write the quit backup:', error);
  } finally {
    // The contract caps the reason at 500 characters.
    await host.confirmClose(unsaved === undefined ? {} : { unsaved: unsaved.slice(0, 500) });
  }
}
