// Renderer: one editor per document. A window or tab that opens a document holds a Web Lock
// named after it (shared by every window and tab of the same origin, and released by the
// browser when one closes or crashes). A second one opens the document read-only and may take
// over: the lock is stolen, the first one turns read-only, and the second re-reads the text.
// Saved text also carries a revision, so even a save that slips through is refused when stale.
import { useCallback, useEffect, useRef, useState } from 'react';

/** opening: asking for the lock; elsewhere: another window edits it; taken: another window took it over. */
export type DocumentLockMode = 'opening' | 'editing' | 'elsewhere' | 'taken';

interface DocumentLock {
  mode: DocumentLockMode;
  /** Bumped when this window takes over, so the article re-reads what the other one saved. */
  generation: number;
  takeOver(): void;
}

function lockName(documentId: string): string {
  return `glossa:document:${documentId}`;
}

/** One run of the lock effect: a request made by a run that was cleaned up gives its lock back at once. */
interface LockRun {
  cancelled: boolean;
}

export function useDocumentLock(documentId: string): DocumentLock {
  const [state, setState] = useState<{ mode: DocumentLockMode; generation: number }>({ mode: 'opening', generation: 0 });
  const release = useRef<(() => void) | null>(null);
  const currentRun = useRef<LockRun>({ cancelled: true });
  /** Settles once the last request of this hook has given its lock back (or never got it). */
  const lastRequest = useRef<Promise<unknown>>(Promise.resolve());

  const acquire = useCallback(
    (steal: boolean, run: LockRun) => {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      if (!locks) {
        // No Web Locks (an old engine): one editor per document cannot be told, edit as before.
        void Promise.resolve().then(() => setState((current) => ({ ...current, mode: 'editing' })));
        return;
      }
      const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
      lastRequest.current = locks
        .request(lockName(documentId), options, (lock) => {
          // A run cleaned up before its lock came (React's StrictMode mounts twice) gives it back.
          if (run.cancelled) return undefined;
          if (!lock) {
            setState((current) => ({ ...current, mode: 'elsewhere' }));
            return undefined;
          }
          setState((current) => ({ mode: 'editing', generation: steal ? current.generation + 1 : current.generation }));
          return new Promise<void>((resolve) => {
            release.current = resolve;
          });
        })
        .catch((error: unknown) => {
          // Another window stole the lock: the request's promise rejects with an AbortError.
          if (error instanceof DOMException && error.name === 'AbortError') {
            release.current = null;
            if (!run.cancelled) setState((current) => ({ ...current, mode: 'taken' }));
          }
        });
    },
    [documentId],
  );

  useEffect(() => {
    const run: LockRun = { cancelled: false };
    currentRun.current = run;
    // Ask once this window's previous request has let go, so it is never taken for another window's.
    void lastRequest.current.then(() => {
      if (!run.cancelled) acquire(false, run);
    });
    return () => {
      run.cancelled = true;
      release.current?.();
      release.current = null;
    };
  }, [acquire]);

  const takeOver = useCallback(() => acquire(true, currentRun.current), [acquire]);
  return { mode: state.mode, generation: state.generation, takeOver };
}
