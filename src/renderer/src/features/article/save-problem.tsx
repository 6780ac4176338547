// Renderer: a banner above the article while its edits are not stored, so a failing disk or
// a conflict with another window cannot go unnoticed in a status-bar label.
import { useEffect, useState } from 'react';
import type { SaveState } from './use-autosave';

interface SaveProblemProps {
  state: SaveState;
  error: string | null;
  retryAt: number | null;
  onRetry(): void;
}

export function SaveProblem({ state, error, retryAt, onRetry }: SaveProblemProps) {
  const seconds = useCountdown(state === 'error' ? retryAt : null);
  if (state === 'conflict') {
    return (
      <div className="save-problem" role="alert" data-testid="save-problem">
        <p>
          <strong>Your edits here are not saved.</strong> {error} Reload to see the saved text; copy anything you typed here
          that you want to keep first.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  if (state !== 'error') return null;
  return (
    <div className="save-problem" role="alert" data-testid="save-problem">
      <p>
        <strong>Your latest edits are not saved yet.</strong> {error ? `${error} ` : ''}Glossa keeps them in this window and
        {seconds !== null ? ` tries again in ${seconds} s.` : ' tries again.'} Closing the window now would lose them.
      </p>
      <button type="button" onClick={onRetry}>
        Try again now
      </button>
    </div>
  );
}

/** Whole seconds left until `at` (a Date.now() time), ticking while there is one. */
function useCountdown(at: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const interval = setInterval(tick, 500);
    return () => {
      clearTimeout(first);
      clearInterval(interval);
    };
  }, [at]);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
