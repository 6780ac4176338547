// Renderer entry: picks the Host adapter once, opens the database, mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHost } from './host';
import { HostProvider } from './host/context';
import { DatabaseProvider, db, requestPersistentStorage } from './db';
import { App } from './app/app';
import './app/theme.css';

const host = createHost();
void requestPersistentStorage();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <HostProvider host={host}>
      <DatabaseProvider db={db()}>
        <App />
      </DatabaseProvider>
    </HostProvider>
  </StrictMode>,
);
