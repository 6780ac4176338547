// Main process: holds a window's close until its renderer says everything is stored.
//
// On 'close' the guard prevents it and asks the renderer to flush (and write the quit
// backup); the renderer's confirmClose, or the timeout, lets the next close through. A
// renderer that is gone (crashed, or never loaded) cannot answer, so its window closes at once.
// Timers are injected so the decisions are tested without Electron.

export const CLOSE_TIMEOUT_MS = 5000;

interface CloseGuardDeps {
  /** Asks the renderer to prepare; false when it cannot be asked (its webContents are gone or crashed). */
  askRenderer(): boolean;
  /** Closes the window for real (the guard lets this close through). */
  close(): void;
  timeoutMs?: number;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
  /** Told when the renderer did not answer in time. */
  onTimeout?(): void;
}

export interface CloseGuard {
  /** The window's 'close' listener. */
  onClose(event: { preventDefault(): void }): void;
  /** The renderer's confirmClose. */
  confirm(): void;
  /** Stops the timeout while the user is asked whether to close with unsaved work. */
  hold(): void;
  /** The user chose to keep the window open: the next close asks the renderer again. */
  keepOpen(): void;
  readonly state: 'open' | 'waiting' | 'closing';
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  const setTimer = deps.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let state: CloseGuard['state'] = 'open';
  let timer: unknown;

  const closeNow = (): void => {
    if (state === 'closing') return;
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    state = 'closing';
    deps.close();
  };

  return {
    get state() {
      return state;
    },
    onClose(event) {
      if (state === 'closing') return;
      event.preventDefault();
      // A second click on the close button while waiting changes nothing.
      if (state === 'waiting') return;
      if (!deps.askRenderer()) {
        // Let the preventDefault'ed event finish before closing again.
        state = 'waiting';
        setTimer(closeNow, 0);
        return;
      }
      state = 'waiting';
      timer = setTimer(() => {
        deps.onTimeout?.();
        closeNow();
      }, deps.timeoutMs ?? CLOSE_TIMEOUT_MS);
    },
    confirm() {
      // A confirm with no close asked for (a stray or late call) closes nothing.
      if (state === 'waiting') closeNow();
    },
    hold() {
      if (state !== 'waiting' || timer === undefined) return;
      clearTimer(timer);
      timer = undefined;
    },
    keepOpen() {
      if (state !== 'waiting') return;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      state = 'open';
    },
  };
}
