import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriteScheduler, type WriteState } from './write-scheduler';

const timers = {
  now: () => Date.now(),
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function scheduler(write: () => Promise<void>, extra: { isRetryable?: (error: unknown) => boolean } = {}) {
  const states: WriteState[] = [];
  const instance = new WriteScheduler({ write, delayMs: 400, maxWaitMs: 1000, retryDelaysMs: [1000, 2000], timers, onState: (state) => states.push(state), ...extra });
  return { instance, states };
}

describe('WriteScheduler', () => {
  it('writes 400 ms after the last change', async () => {
    const write = vi.fn(async () => undefined);
    const { instance } = scheduler(write);
    instance.changed();
    await vi.advanceTimersByTimeAsync(399);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledTimes(1);
    expect(instance.hasPending()).toBe(false);
  });

  it('writes at least once a second while changes never pause', async () => {
    const write = vi.fn(async () => undefined);
    const { instance } = scheduler(write);
    const writesAt: number[] = [];
    write.mockImplementation(async () => void writesAt.push(Date.now()));
    const start = Date.now();
    // A key every 100 ms for 5 s: a pure debounce would never write.
    for (let elapsed = 0; elapsed < 5000; elapsed += 100) {
      instance.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    const gaps = [writesAt[0]! - start, ...writesAt.slice(1).map((at, index) => at - writesAt[index]!)];
    expect(writesAt.length).toBeGreaterThanOrEqual(4);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(1000);
  });

  it('stores every change within a second even when a write takes 300 ms, by starting writes that much earlier', async () => {
    let changes = 0;
    const stored: Array<{ changes: number; at: number }> = [];
    // Each write reads the content when it starts and has it on disk 300 ms later.
    const write = vi.fn(() => {
      const captured = changes;
      return new Promise<void>((resolve) => setTimeout(() => resolve(void stored.push({ changes: captured, at: Date.now() })), 300));
    });
    const { instance } = scheduler(write);
    const madeAt: number[] = [];
    for (let elapsed = 0; elapsed < 6000; elapsed += 100) {
      changes += 1;
      madeAt.push(Date.now());
      instance.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    const flushed = instance.flush();
    await vi.advanceTimersByTimeAsync(1000);
    await flushed;
    // Until one write has finished there is nothing to judge the next by.
    const judged = madeAt.map((at, index) => ({ at, change: index + 1 })).filter(({ at }) => at >= stored[0]!.at);
    expect(judged.length).toBeGreaterThan(40);
    for (const { at, change } of judged) {
      const storedAt = stored.find((write) => write.changes >= change)!.at;
      expect(storedAt - at).toBeLessThanOrEqual(1000);
    }
    expect(instance.writeAllowanceMs()).toBe(300);
  });

  it('sets aside at most half the wait for a write, however slow the writes were', async () => {
    const write = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 5000)));
    const { instance } = scheduler(write);
    instance.changed();
    await vi.advanceTimersByTimeAsync(5400);
    expect(instance.writeAllowanceMs()).toBe(500);
    // Typing on: the next write still waits for the first change to be half a second old.
    instance.changed();
    await vi.advanceTimersByTimeAsync(100);
    instance.changed();
    await vi.advanceTimersByTimeAsync(100);
    instance.changed();
    await vi.advanceTimersByTimeAsync(299);
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('keeps a failed write pending and retries it with backoff until it succeeds', async () => {
    let failuresLeft = 2;
    const write = vi.fn(async () => {
      if (failuresLeft-- > 0) throw new DOMException('disk full', 'QuotaExceededError');
    });
    const { instance, states } = scheduler(write);
    instance.changed();
    await vi.advanceTimersByTimeAsync(400);
    expect(states.at(-1)).toMatchObject({ status: 'error', retryInMs: 1000 });
    expect(instance.hasPending()).toBe(true);
    // Typing while it waits does not bring the retry forward.
    instance.changed();
    await vi.advanceTimersByTimeAsync(999);
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledTimes(2);
    expect(states.at(-1)).toMatchObject({ status: 'error', retryInMs: 2000 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(write).toHaveBeenCalledTimes(3);
    expect(states.at(-1)).toEqual({ status: 'saved' });
    expect(instance.hasPending()).toBe(false);
  });

  it('does not retry an error the caller marks as final, until the next flush', async () => {
    const conflict = new Error('stale');
    const write = vi.fn(async () => {
      throw conflict;
    });
    const { instance, states } = scheduler(write, { isRetryable: (error) => error !== conflict });
    instance.changed();
    await vi.advanceTimersByTimeAsync(400);
    expect(states.at(-1)).toEqual({ status: 'error', error: conflict, retryInMs: null });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(write).toHaveBeenCalledTimes(1);
    await expect(instance.flush()).rejects.toBe(conflict);
    expect(instance.hasPending()).toBe(true);
  });

  it('flush writes at once, waits for a write in flight, and writes again what came after it', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const write = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          order.push('write');
          release = resolve;
        }),
    );
    const { instance } = scheduler(write);
    instance.changed();
    const first = instance.flush();
    expect(write).toHaveBeenCalledTimes(1);
    instance.changed();
    const second = instance.flush();
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(2);
    release();
    await second;
    expect(instance.hasPending()).toBe(false);
    expect(order).toEqual(['write', 'write']);
  });
});
