// Renderer: answers main's lifecycle requests (prepare to close, daily backup) and, after a
// restore reloaded the app, says what was restored.
import { useEffect } from 'react';
import { useDatabase } from '../../db';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { answerLifecycleRequest } from './library-backup';
import { errorMessage } from '@core/errors';

/** sessionStorage key: the restore's message, shown once after the reload that follows it. */
export const RESTORED_NOTICE_KEY = 'glossa:restored-notice';

export function useBackupLifecycle(): void {
  const db = useDatabase();
  const host = useHost();
  const { notify } = useNotices();

  useEffect(
    () =>
      host.onLifecycleRequest((request) => {
        void answerLifecycleRequest(db, host, request).catch((error: unknown) =>
          notify('error', `The daily backup could not be written: ${errorMessage(error)}`),
        );
      }),
    [db, host, notify],
  );

  useEffect(() => {
    const message = sessionStorage.getItem(RESTORED_NOTICE_KEY);
    if (message === null) return;
    sessionStorage.removeItem(RESTORED_NOTICE_KEY);
    notify('info', message);
  }, [notify]);
}
