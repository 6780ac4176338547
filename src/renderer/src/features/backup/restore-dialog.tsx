// Renderer: File › Restore from Backup…: pick a backup (the backups folder on the desktop, or a
// file), see what it holds and what it replaces, then restore. Escape or Cancel closes it.
import { formatDateTime } from '../../ui/format-time';
import { useEffect, useState } from 'react';
import { MAX_OPEN_BYTES, type BackupEntry } from '@core/host';
import { BackupError, describeBackup, libraryCounts, useDatabase, type BackupDescription, type TableCounts } from '../../db';
import { useHost } from '../../host/context';
import { restoreLibrary } from './library-backup';
import { RESTORED_NOTICE_KEY } from './use-backup-lifecycle';
import './backup.css';
import { useModalDialog } from '../../ui/modal-dialog';
import { errorMessage } from '@core/errors';

const ROWS: Array<{ table: keyof TableCounts; label: string }> = [
  { table: 'documents', label: 'Documents' },
  { table: 'annotations', label: 'Annotations' },
  { table: 'glossaries', label: 'Glossaries' },
  { table: 'terms', label: 'Glossary terms' },
  { table: 'findings', label: 'Dismissed findings' },
  { table: 'settings', label: 'Settings' },
];

interface Picked {
  bytes: Uint8Array;
  description: BackupDescription;
}

const when = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDateTime(date.getTime());
};

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

export function RestoreDialog({ onClose, reload = () => window.location.reload() }: { onClose(): void; reload?: () => void }) {
  const db = useDatabase();
  const host = useHost();
  const ref = useModalDialog(onClose);
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [current, setCurrent] = useState<TableCounts | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);


  useEffect(() => {
    void libraryCounts(db).then(setCurrent, () => setCurrent(null));
    if (host.kind === 'electron') void host.listBackups().then(setBackups, () => setBackups([]));
  }, [db, host]);

  const preview = (name: string, bytes: Uint8Array): void => {
    try {
      setPicked({ bytes, description: describeBackup(bytes, name) });
      setProblem(null);
    } catch (error) {
      setPicked(null);
      setProblem(error instanceof BackupError ? error.message : `${name} could not be read.`);
    }
  };

  const chooseFile = async (): Promise<void> => {
    const [file] = await host.openFiles({
      title: 'Restore from Backup',
      filters: [{ name: 'Glossa library backup', extensions: ['json'] }],
      maxBytes: MAX_OPEN_BYTES,
    });
    if (!file) return;
    if (!file.ok) {
      setPicked(null);
      setProblem(`${file.name} could not be opened: ${file.reason}.`);
      return;
    }
    preview(file.name, file.bytes);
  };

  const chooseBackup = async (name: string): Promise<void> => {
    const file = await host.readBackup(name);
    if (!file.ok) {
      setPicked(null);
      setProblem(`${file.name} could not be opened: ${file.reason}.`);
      return;
    }
    preview(file.name, file.bytes);
  };

  const restore = async (): Promise<void> => {
    if (!picked) return;
    setBusy(true);
    try {
      const report = await restoreLibrary(db, host, picked.bytes, picked.description.fileName);
      const { counts } = report;
      sessionStorage.setItem(
        RESTORED_NOTICE_KEY,
        `Restored ${report.fileName}: ${counts.documents} documents, ${counts.annotations} annotations, ${counts.terms} glossary terms. Your previous library was backed up first.`,
      );
      reload();
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  const header = picked?.description.header;
  return (
    <dialog ref={ref} aria-label="Restore from Backup" className="restore-dialog" onCancel={onClose}>
      <h2>Restore from Backup</h2>
      <p>Restoring replaces your whole library with the backup’s. Your current library is backed up first{host.kind === 'electron' ? ' into the backups folder' : ' (your browser downloads it)'}.</p>
      {host.kind === 'electron' ? (
        <section aria-labelledby="backups-folder-heading">
          <h3 id="backups-folder-heading">Backups in the backups folder</h3>
          {backups === null ? (
            <p>Reading the backups folder…</p>
          ) : backups.length === 0 ? (
            <p>There are no backups in the backups folder yet.</p>
          ) : (
            <ul className="backup-list" aria-label="Backups">
              {backups.map((backup) => (
                <li key={backup.name}>
                  <button type="button" aria-pressed={picked?.description.fileName === backup.name} onClick={() => void chooseBackup(backup.name)}>
                    <span className="title">{formatDateTime(new Date(backup.createdAt).getTime())}</span>
                    <span className="meta">
                      {backup.reason} · schema v{backup.schemaVersion} · {megabytes(backup.bytes)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <p>
        <button type="button" onClick={() => void chooseFile()} disabled={busy}>
          Choose a backup file…
        </button>
      </p>
      {problem ? (
        <p className="restore-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {header ? (
        <section aria-label="Backup preview" className="restore-preview">
          <dl>
            <dt>File</dt>
            <dd data-testid="backup-file">{picked.description.fileName}</dd>
            <dt>Made</dt>
            <dd>{when(header.exportedAt)}</dd>
            <dt>Library version</dt>
            <dd>
              schema v{header.schemaVersion}, Glossa {header.appVersion}
            </dd>
          </dl>
          <table className="restore-counts">
            <caption>What is replaced</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">In the backup</th>
                <th scope="col">In your library now</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(({ table, label }) => (
                <tr key={table}>
                  <th scope="row">{label}</th>
                  <td>{header.counts[table].toLocaleString()}</td>
                  <td>{current ? current[table].toLocaleString() : '…'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {header.documents.length > 0 ? (
            <>
              <h3>Documents in the backup</h3>
              <ul className="restore-titles" aria-label="Documents in the backup">
                {header.documents.map((document) => (
                  <li key={document.id}>{document.title}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void restore()} disabled={!header || busy}>
          {busy ? 'Restoring…' : 'Back up current library and restore'}
        </button>
      </div>
    </dialog>
  );
}
