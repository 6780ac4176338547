import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { GlossaDatabase } from './database';

// No default: a component that reads data outside a provider is a wiring bug, and
// tests must not silently share the app's database.
const DatabaseContext = createContext<GlossaDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: GlossaDatabase; children: ReactNode }) {
  return <DatabaseContext value={db}>{children}</DatabaseContext>;
}

export function useDatabase(): GlossaDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() was called outside a <DatabaseProvider>.');
  return db;
}
