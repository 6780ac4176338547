// Renderer entry: picks the Host adapter once, opens the database, mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHost } from './host';
import { HostProvider } from './host/context';
import { DatabaseProvider, backupBeforeUpgrade, db, requestPersistentStorage } from './db';
import { App } from './app/app';
import './app/theme.css';

const host = createHost();
void requestPersistentStorage();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

function render(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <HostProvider host={host}>
        <DatabaseProvider db={db()}>
          <App />
        </DatabaseProvider>
      </HostProvider>
    </StrictMode>,
  );
}

// Before the app's first query upgrades an older database, back it up as it is (DESIGN.md,
// "Security and safety"). A backup that fails is logged and the app starts anyway.
void host
  .getAppInfo()
  .then((info) =>
    backupBeforeUpgrade({
      appVersion: info.version,
      write: async (backup) => {
        const result = await host.writeBackup({ reason: 'before-upgrade', schemaVersion: backup.header.schemaVersion, data: backup.bytes });
        if (!result.saved) throw new Error('the backup was not saved');
      },
    }),
  )
  .then((result) => {
    if (result.kind === 'failed') console.error('Glossa could not back up the library before upgrading it:', result.error);
  })
  .catch((error: unknown) => console.error('Glossa could not check whether its library needs a backup before upgrading:', error))
  .finally(() => render(container));
