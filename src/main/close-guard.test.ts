import { describe, expect, it, vi } from 'vitest';
import { CLOSE_TIMEOUT_MS, createCloseGuard } from './close-guard';

function fakeTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 0;
  return {
    setTimer: (fn: () => void, ms: number) => {
      next += 1;
      pending.set(next, { fn, ms });
      return next;
    },
    clearTimer: (handle: unknown) => pending.delete(handle as number),
    fire(ms: number) {
      for (const [handle, timer] of [...pending]) {
        if (timer.ms <= ms) {
          pending.delete(handle);
          timer.fn();
        }
      }
    },
    pending,
  };
}

const closeEvent = () => ({ preventDefault: vi.fn() });

describe('the close guard', () => {
  it('holds the close, asks the renderer, and closes once the renderer confirms', () => {
    const timers = fakeTimers();
    const askRenderer = vi.fn(() => true);
    const close = vi.fn();
    const guard = createCloseGuard({ askRenderer, close, ...timers });
    const first = closeEvent();
    guard.onClose(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(askRenderer).toHaveBeenCalledTimes(1);
    expect(close).not.toHaveBeenCalled();
    guard.confirm();
    expect(close).toHaveBeenCalledTimes(1);
    expect(timers.pending.size).toBe(0);
    // The close that close() causes goes through.
    const second = closeEvent();
    guard.onClose(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('closes anyway after the timeout when the renderer does not answer', () => {
    const timers = fakeTimers();
    const close = vi.fn();
    const onTimeout = vi.fn();
    const guard = createCloseGuard({ askRenderer: () => true, close, onTimeout, ...timers });
    guard.onClose(closeEvent());
    timers.fire(CLOSE_TIMEOUT_MS - 1);
    expect(close).not.toHaveBeenCalled();
    timers.fire(CLOSE_TIMEOUT_MS);
    expect(onTimeout).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    guard.confirm();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('asks once when the close button is pressed again while waiting', () => {
    const timers = fakeTimers();
    const askRenderer = vi.fn(() => true);
    const guard = createCloseGuard({ askRenderer, close: vi.fn(), ...timers });
    guard.onClose(closeEvent());
    const again = closeEvent();
    guard.onClose(again);
    expect(again.preventDefault).toHaveBeenCalled();
    expect(askRenderer).toHaveBeenCalledTimes(1);
    expect(guard.state).toBe('waiting');
  });

  it('closes at once when the renderer cannot be asked (crashed or gone)', () => {
    const timers = fakeTimers();
    const close = vi.fn();
    const guard = createCloseGuard({ askRenderer: () => false, close, ...timers });
    guard.onClose(closeEvent());
    timers.fire(0);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('holds the timeout while the user is asked, and keeps the window open when the user says so', () => {
    const timers = fakeTimers();
    const askRenderer = vi.fn(() => true);
    const close = vi.fn();
    const guard = createCloseGuard({ askRenderer, close, ...timers });
    guard.onClose(closeEvent());
    guard.hold();
    timers.fire(CLOSE_TIMEOUT_MS * 10);
    expect(close).not.toHaveBeenCalled();
    guard.keepOpen();
    expect(guard.state).toBe('open');
    // The next close asks the renderer again.
    const again = closeEvent();
    guard.onClose(again);
    expect(again.preventDefault).toHaveBeenCalled();
    expect(askRenderer).toHaveBeenCalledTimes(2);
    guard.confirm();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('ignores a confirm that no close asked for', () => {
    const close = vi.fn();
    const guard = createCloseGuard({ askRenderer: () => true, close, ...fakeTimers() });
    guard.confirm();
    expect(close).not.toHaveBeenCalled();
    expect(guard.state).toBe('open');
  });
});
