// Renderer: the term-matching worker. Requests are answered in order; the caller decides
// which answers are stale (a newer edit) and drops them.
import type { TermOccurrence, TermPattern } from '@core/terms';
import { WorkerClient } from './rpc';
import type { TermsWorkerApi } from './terms.worker';

export class TermsClient {
  private readonly rpc = new WorkerClient<TermsWorkerApi>({
    spawn: () => new Worker(new URL('./terms.worker.ts', import.meta.url), { type: 'module', name: 'glossa-terms' }),
    task: 'The glossary term matching',
  });
  /** Patterns compiled into the worker: a restarted worker has lost them and gets them again. */
  private compiled: readonly TermPattern[] = [];

  /** Replaces the patterns `match` uses. */
  async compile(patterns: readonly TermPattern[]): Promise<number> {
    this.compiled = patterns;
    return (await this.rpc.call('compile', [patterns])).elapsedMs;
  }

  match(texts: readonly string[]): Promise<{ occurrences: TermOccurrence[][]; elapsedMs: number }> {
    // Calls are answered in order, so the new worker compiles before it matches.
    if (!this.rpc.running && this.compiled.length > 0) void this.rpc.call('compile', [this.compiled]).catch(() => undefined);
    return this.rpc.call('match', [texts]);
  }

  async matchOnce(patterns: readonly TermPattern[], texts: readonly string[]): Promise<TermOccurrence[][]> {
    return (await this.rpc.call('matchOnce', [patterns, texts])).occurrences;
  }

  dispose(): void {
    this.rpc.dispose();
  }
}
