/**
 * Asks the browser not to evict our IndexedDB data under storage pressure. In
 * Electron it is granted; in a browser it may be refused, and the data is then
 * kept on a best-effort basis.
 */
type PersistenceResult = 'persisted' | 'best-effort' | 'unavailable';

type PersistentStorage = Pick<StorageManager, 'persist'> & Partial<Pick<StorageManager, 'persisted'>>;

/** Never throws: failing to get persistence must not stop the app from starting. */
export async function requestPersistentStorage(
  storage: PersistentStorage | undefined = globalThis.navigator?.storage,
): Promise<PersistenceResult> {
  if (typeof storage?.persist !== 'function') return 'unavailable';
  try {
    if (await storage.persisted?.()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}
