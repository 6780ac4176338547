/**
 * Writes the app has accepted but not yet stored: the article's autosave, a card's draft.
 *
 * Each holder registers a flush; anything that must see everything stored (closing the
 * window, switching documents, a backup, an export that reads a card) calls
 * flushPendingWrites first. `hasPendingWrites` answers "would closing now lose work?".
 * A plain module-level registry: there is one window, and the holders are React hooks
 * that come and go with their components.
 */

interface PendingWriter {
  /** Stores what is pending; rejects when it could not be stored. */
  flush(): Promise<void>;
  /** True while something is accepted but not yet stored (or its save failed). */
  hasPending(): boolean;
}

const writers = new Set<PendingWriter>();

/** Registers a writer; returns the function that removes it. */
export function registerPendingWriter(writer: PendingWriter): () => void {
  writers.add(writer);
  return () => writers.delete(writer);
}

/** Flushes every writer; rejects with the first failure after all have been tried. */
export async function flushPendingWrites(): Promise<void> {
  const results = await Promise.allSettled([...writers].map((writer) => writer.flush()));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}

export function hasPendingWrites(): boolean {
  for (const writer of writers) if (writer.hasPending()) return true;
  return false;
}

/** What registerScheduledWriter needs of a writer: a WriteScheduler has it. */
interface ScheduledWriter extends PendingWriter {
  dispose(): void;
}

/**
 * Registers a scheduled writer for as long as its owner lives; returns the release that the
 * owner calls when it goes away (a component unmounting, a document closing). Releasing
 * stores what is pending, then disposes of the writer: it stays registered until that save
 * is done, so closing the window meanwhile still waits for it. `afterRelease` runs last.
 */
export function registerScheduledWriter(writer: ScheduledWriter, afterRelease?: () => void): () => void {
  const unregister = registerPendingWriter({ flush: () => writer.flush(), hasPending: () => writer.hasPending() });
  return () => {
    void writer
      .flush()
      .catch(() => undefined)
      .finally(() => {
        writer.dispose();
        unregister();
        afterRelease?.();
      });
  };
}
