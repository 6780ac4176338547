// Renderer: the library pane's Backups section: the same two commands as the File menu, so the
// web version (which has no native menu) reaches them too; on the desktop, how many backups
// the backups folder keeps.
import { useState } from 'react';
import { DEFAULT_BACKUPS_TO_KEEP, MAX_BACKUPS_TO_KEEP } from '@core/host';
import { setSetting, useDatabase, useSetting } from '../../db';
import { useExecuteCommand } from '../../commands';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import './backup.css';

function KeepBackups() {
  const db = useDatabase();
  const { notify } = useNotices();
  const stored = useSetting('backupsToKeep', DEFAULT_BACKUPS_TO_KEEP);
  // What the user is typing; null shows the stored value.
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (): void => {
    if (draft === null) return;
    const value = Number(draft);
    setDraft(null);
    if (!Number.isInteger(value) || value < 1 || value > MAX_BACKUPS_TO_KEEP) {
      notify('error', `Keep between 1 and ${MAX_BACKUPS_TO_KEEP} backups; “${draft}” is not a number of backups.`);
      return;
    }
    if (value !== stored) void setSetting(db, 'backupsToKeep', value);
  };
  return (
    <label className="keep-backups">
      Keep the last
      <input
        type="number"
        min={1}
        max={MAX_BACKUPS_TO_KEEP}
        value={draft ?? String(stored ?? DEFAULT_BACKUPS_TO_KEEP)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      backups
    </label>
  );
}

export function BackupSection() {
  const host = useHost();
  const execute = useExecuteCommand();
  return (
    <section className="backup-section" aria-labelledby="backups-heading">
      <div className="section-heading">
        <h2 id="backups-heading">Backups</h2>
      </div>
      <div className="section-actions">
        <button type="button" onClick={() => execute('file.exportLibrary')}>
          Export Library…
        </button>
        <button type="button" onClick={() => execute('file.restoreBackup')}>
          Restore from Backup…
        </button>
        {host.kind === 'electron' ? <KeepBackups /> : null}
      </div>
    </section>
  );
}
