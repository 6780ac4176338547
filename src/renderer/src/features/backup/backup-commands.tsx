// Renderer: File › Export Library… and File › Restore from Backup…, for as long as the
// window is open (whatever the panes show), with the restore dialog they open.
import { useState } from 'react';
import { errorMessage } from '@core/errors';
import { useDatabase } from '../../db';
import { useCommand } from '../../commands';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { exportLibraryToFile } from './library-backup';
import { RestoreDialog } from './restore-dialog';

export function BackupCommands() {
  const database = useDatabase();
  const host = useHost();
  const { notify } = useNotices();
  const [restoring, setRestoring] = useState(false);

  useCommand('file.exportLibrary', () =>
    void exportLibraryToFile(database, host).then(
      (result) => result.saved && notify('info', `Exported the library to ${result.location}.`),
      (error: unknown) => notify('error', `The library could not be exported: ${errorMessage(error)}`),
    ),
  );
  useCommand('file.restoreBackup', () => setRestoring(true));

  return restoring ? <RestoreDialog onClose={() => setRestoring(false)} /> : null;
}
