// Renderer: backing up and restoring the whole library through the Host: what File › Export
// Library…, File › Restore from Backup… and main's lifecycle requests (quit, daily) do.
import { DEFAULT_BACKUPS_TO_KEEP, type BackupReason, type Host, type LifecycleRequest, type SaveFileResult, type WriteBackupResult } from '@core/host';
import { exportLibrary, flushPendingWrites, getSetting, restoreBackup, type GlossaDatabase, type RestoreReport } from '../../db';

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

export function libraryFileName(date: Date): string {
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
 * Main's requests. Before a close: store everything, write the quit backup, confirm, whatever
 * failed (main closes after its timeout anyway; a failure here must not keep the window open).
 */
export async function answerLifecycleRequest(db: GlossaDatabase, host: Host, request: LifecycleRequest): Promise<void> {
  if (request.type === 'daily-backup') {
    await backUpLibrary(db, host, 'daily');
    return;
  }
  try {
    await backUpLibrary(db, host, 'quit');
  } catch (error) {
    console.error('Glossa could not write the quit backup:', error);
  } finally {
    await host.confirmClose();
  }
}
