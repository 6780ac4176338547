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

export function useDocumentLock(documentId: string): DocumentLock {
  const [state, setState] = useState<{ mode: DocumentLockMode; generation: number }>({ mode: 'opening', generation: 0 });
  const release = useRef<(() => void) | null>(null);
  const disposed = useRef(false);

  const acquire = useCallback(
    (steal: boolean) => {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      if (!locks) {
        // No Web Locks (an old engine): one editor per document cannot be told, edit as before.
        void Promise.resolve().then(() => setState((current) => ({ ...current, mode: 'editing' })));
        return;
      }
      const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
      locks
        .request(lockName(documentId), options, (lock) => {
          if (!lock) {
            setState((current) => ({ ...current, mode: 'elsewhere' }));
            return undefined;
          }
          if (disposed.current) return undefined;
          setState((current) => ({ mode: 'editing', generation: steal ? current.generation + 1 : current.generation }));
          return new Promise<void>((resolve) => {
            release.current = resolve;
          });
        })
        .catch((error: unknown) => {
          // Another window stole the lock: the request's promise rejects with an AbortError.
          if (error instanceof DOMException && error.name === 'AbortError') {
            release.current = null;
            if (!disposed.current) setState((current) => ({ ...current, mode: 'taken' }));
          }
        });
    },
    [documentId],
  );

  useEffect(() => {
    disposed.current = false;
    acquire(false);
    return () => {
      disposed.current = true;
      release.current?.();
      release.current = null;
    };
  }, [acquire]);

  const takeOver = useCallback(() => acquire(true), [acquire]);
  return { mode: state.mode, generation: state.generation, takeOver };
}
