/**
 * When to write something the user keeps changing (the article, a card's text).
 *
 * A trailing debounce alone never writes while the translator types without pausing, and a
 * crash then loses everything typed since the last pause. This one writes `delayMs` after
 * the last change, and sees that a change is *stored* (not only started) within `maxWaitMs` of
 * it being made, so a crash costs at most `maxWaitMs` of typing: a write that takes time (a big
 * article, a busy disk, a machine under load) starts that much earlier, judged by how long the
 * last few writes took (at most half of `maxWaitMs` is set aside for it). A failed write keeps its content pending and is
 * retried with backoff (the write reads the latest content each time, so a retry stores
 * whatever was typed meanwhile); an error the caller says cannot be retried (a conflict
 * with another window) stops the retries until the next change or flush.
 */

export type WriteState =
  | { status: 'saved' }
  | { status: 'unsaved' }
  | { status: 'saving' }
  /** `retryInMs` is null when the error will not be retried by itself. */
  | { status: 'error'; error: unknown; retryInMs: number | null };

interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface WriteSchedulerOptions {
  /** Stores the latest content. */
  write(): Promise<void>;
  delayMs: number;
  maxWaitMs: number;
  /** Waits before the 1st, 2nd, … retry; the last one repeats. */
  retryDelaysMs?: readonly number[];
  isRetryable?(error: unknown): boolean;
  onState?(state: WriteState): void;
  timers?: Timers;
}

const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 15000, 30000];
/** How many recent writes the time set aside for the next one is judged from. */
const RECENT_WRITES = 5;

const browserTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class WriteScheduler {
  private dirty = false;
  private firstUnwrittenAt: number | null = null;
  private timer: unknown = null;
  private writing: Promise<void> | null = null;
  private failures = 0;
  private failed = false;
  private disposed = false;
  /** How long the last few successful writes took, newest last. */
  private readonly recentWriteMs: number[] = [];
  private readonly timers: Timers;

  constructor(private readonly options: WriteSchedulerOptions) {
    this.timers = options.timers ?? browserTimers;
  }

  /** Something changed that must be written. */
  changed(): void {
    if (this.disposed) return;
    this.dirty = true;
    const now = this.timers.now();
    this.firstUnwrittenAt ??= now;
    if (!this.failed) this.options.onState?.({ status: 'unsaved' });
    // While a failure waits for its retry, new typing does not hammer a failing store.
    if (this.failed && this.timer !== null) return;
    const due = Math.min(now + this.options.delayMs, this.firstUnwrittenAt + this.options.maxWaitMs - this.writeAllowanceMs());
    this.arm(Math.max(0, due - now));
  }

  /** The time set aside for the write itself: the longest of the recent ones, at most half the wait. */
  writeAllowanceMs(): number {
    return Math.min(Math.max(0, ...this.recentWriteMs), this.options.maxWaitMs / 2);
  }

  /** True while a change is not yet stored (pending, being written, or failed). */
  hasPending(): boolean {
    return this.dirty || this.writing !== null;
  }

  /** Writes now whatever is pending; resolves once stored, rejects if the write fails. */
  async flush(): Promise<void> {
    this.disarm();
    if (this.writing) await this.writing.catch(() => undefined);
    if (!this.dirty) return;
    await this.run();
  }

  dispose(): void {
    this.disposed = true;
    this.disarm();
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.run().catch(() => undefined);
    }, ms);
  }

  private disarm(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    if (this.writing) {
      // A change arrived while writing: write again once this one is done.
      return this.writing.then(() => (this.dirty ? this.run() : undefined));
    }
    this.dirty = false;
    this.firstUnwrittenAt = null;
    this.options.onState?.({ status: 'saving' });
    const started = this.timers.now();
    const attempt = this.options.write().then(
      () => {
        this.writing = null;
        this.recentWriteMs.push(this.timers.now() - started);
        if (this.recentWriteMs.length > RECENT_WRITES) this.recentWriteMs.shift();
        this.failures = 0;
        this.failed = false;
        if (this.dirty && !this.disposed) {
          this.options.onState?.({ status: 'unsaved' });
          this.arm(0);
        } else {
          this.options.onState?.({ status: 'saved' });
        }
      },
      (error: unknown) => {
        this.writing = null;
        this.dirty = true;
        this.failed = true;
        this.firstUnwrittenAt ??= this.timers.now();
        const retryable = this.options.isRetryable?.(error) ?? true;
        const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
        const retryInMs = retryable && !this.disposed ? delays[Math.min(this.failures, delays.length - 1)]! : null;
        this.failures += 1;
        if (retryInMs !== null) this.arm(retryInMs);
        else this.disarm();
        this.options.onState?.({ status: 'error', error, retryInMs });
        throw error;
      },
    );
    this.writing = attempt;
    return attempt;
  }
}
