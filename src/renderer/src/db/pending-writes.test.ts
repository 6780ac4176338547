import { describe, expect, it } from 'vitest';
import { flushPendingWrites, hasPendingWrites, registerPendingWriter, registerScheduledWriter } from './pending-writes';

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

  it('keeps a released writer registered until its last save is stored, then disposes of it', async () => {
    const events: string[] = [];
    let finishSave: () => void = () => undefined;
    let pending = true;
    const release = registerScheduledWriter(
      {
        flush: () =>
          new Promise<void>((resolve) => {
            events.push('flush');
            finishSave = () => {
              pending = false;
              resolve();
            };
          }),
        hasPending: () => pending,
        dispose: () => void events.push('dispose'),
      },
      () => void events.push('released'),
    );
    release();
    // Closing the window now must still wait for the save the release started.
    expect(hasPendingWrites()).toBe(true);
    expect(events).toEqual(['flush']);
    finishSave();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual(['flush', 'dispose', 'released']);
    expect(hasPendingWrites()).toBe(false);
  });
});
