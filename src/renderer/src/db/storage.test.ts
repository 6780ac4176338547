import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from './storage';

describe('requestPersistentStorage', () => {
  it('reports persisted when already granted, without asking again', async () => {
    let asked = false;
    const storage = {
      persisted: async () => true,
      persist: async () => {
        asked = true;
        return true;
      },
    };
    expect(await requestPersistentStorage(storage)).toBe('persisted');
    expect(asked).toBe(false);
  });

  it('reports persisted when the request is granted', async () => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => true })).toBe('persisted');
  });

  it('reports best-effort when refused or when the request fails', async () => {
    expect(await requestPersistentStorage({ persist: async () => false })).toBe('best-effort');
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('denied')) })).toBe('best-effort');
  });

  it('reports unavailable without the Storage API', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unavailable');
  });
});
