import { describe, expect, it } from 'vitest';
import { flushPendingWrites, hasPendingWrites, registerPendingWriter } from './pending-writes';

describe('pending writes', () => {
  it('flushes every writer and reports the first failure after trying all', async () => {
    const flushed: string[] = [];
    const removeA = registerPendingWriter({
      flush: async () => {
        flushed.push('a');
        throw new Error('disk full');
      },
      hasPending: () => true,
    });
    const removeB = registerPendingWriter({ flush: async () => void flushed.push('b'), hasPending: () => false });
    expect(hasPendingWrites()).toBe(true);
    await expect(flushPendingWrites()).rejects.toThrow('disk full');
    expect(flushed.sort()).toEqual(['a', 'b']);
    removeA();
    expect(hasPendingWrites()).toBe(false);
    await expect(flushPendingWrites()).resolves.toBeUndefined();
    removeB();
  });
});
