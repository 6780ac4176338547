// Renderer: the library pane's Backups section: the same two commands as the File menu, so the
// web version (which has no native menu) reaches them too.
import type { MenuCommand } from '@core/host';
import './backup.css';

export function BackupSection({ onCommand }: { onCommand(command: MenuCommand): void }) {
  return (
    <section className="backup-section" aria-labelledby="backups-heading">
      <div className="section-heading">
        <h2 id="backups-heading">Backups</h2>
      </div>
      <div className="section-actions">
        <button type="button" onClick={() => onCommand('file.exportLibrary')}>
          Export Library…
        </button>
        <button type="button" onClick={() => onCommand('file.restoreBackup')}>
          Restore from Backup…
        </button>
      </div>
    </section>
  );
}
