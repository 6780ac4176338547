// Main process: what to do when a window's renderer dies (crash, out of memory, killed).
//
// Reload it, so the window is not left blank, and tell the user what happened; everything the
// renderer had stored is in IndexedDB and comes back with the reload. A renderer that dies
// again and again right after loading would reload forever, so after MAX_RELOADS within
// RELOAD_WINDOW_MS main stops reloading and says so.

export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;

/** Electron's RenderProcessGoneDetails['reason']. */
type GoneReason = 'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction';

type Recovery = { action: 'none' } | { action: 'reload' | 'give-up'; title: string; message: string };

const WHY: Record<GoneReason, string> = {
  'clean-exit': 'exited',
  'abnormal-exit': 'stopped unexpectedly',
  killed: 'was stopped by the system',
  crashed: 'crashed',
  oom: 'ran out of memory',
  'launch-failed': 'could not start',
  'integrity-failure': 'failed a code integrity check',
  'memory-eviction': 'was unloaded to free memory',
};

/** Decides, from the reason and the times of earlier reloads (ms), whether to reload. Appends now to `reloads` when it does. */
export function recoverFromGone(reason: string, reloads: number[], now: number): Recovery {
  // A clean exit happens when the window closes: nothing to recover.
  if (reason === 'clean-exit') return { action: 'none' };
  const why = WHY[reason as GoneReason] ?? 'stopped unexpectedly';
  const recent = reloads.filter((time) => now - time < RELOAD_WINDOW_MS);
  reloads.splice(0, reloads.length, ...recent);
  if (recent.length >= MAX_RELOADS) {
    return {
      action: 'give-up',
      title: 'Glossa keeps stopping',
      message: `The Glossa window ${why} ${recent.length + 1} times in a minute, so it was not reloaded again. Your work is kept up to the last save. Quit Glossa and start it again; if this goes on, restore a backup with File › Restore from Backup….`,
    };
  }
  reloads.push(now);
  return {
    action: 'reload',
    title: 'Glossa reloaded its window',
    message: `The Glossa window ${why}, so it was reloaded. Everything saved up to then is kept; at most the last second of typing may be missing.`,
  };
}
