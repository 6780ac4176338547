// Renderer: the term-matching worker. Requests are answered in order; the caller decides
// which answers are stale (a newer edit) and drops them.
import type { TermOccurrence, TermPattern } from '@core/terms';
import type { TermsRequest, TermsResponse } from './terms-protocol';

type Waiter = { resolve(result: { occurrences: TermOccurrence[][]; elapsedMs: number }): void; reject(error: Error): void };
type Body = TermsRequest extends infer R ? (R extends TermsRequest ? Omit<R, 'id'> : never) : never;

export class TermsClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Waiter>();

  /** Replaces the patterns `match` uses. */
  async compile(patterns: readonly TermPattern[]): Promise<number> {
    return (await this.send({ type: 'compile', patterns })).elapsedMs;
  }

  match(texts: readonly string[]): Promise<{ occurrences: TermOccurrence[][]; elapsedMs: number }> {
    return this.send({ type: 'match', texts });
  }

  async matchOnce(patterns: readonly TermPattern[], texts: readonly string[]): Promise<TermOccurrence[][]> {
    return (await this.send({ type: 'matchOnce', patterns, texts })).occurrences;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const waiter of this.pending.values()) waiter.reject(new Error('stopped'));
    this.pending.clear();
  }

  private send(body: Body): Promise<{ occurrences: TermOccurrence[][]; elapsedMs: number }> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...body, id } as TermsRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./terms.worker.ts', import.meta.url), { type: 'module', name: 'glossa-terms' });
    worker.onmessage = (event: MessageEvent<TermsResponse>) => {
      const waiter = this.pending.get(event.data.id);
      if (!waiter) return;
      this.pending.delete(event.data.id);
      if (event.data.ok) waiter.resolve({ occurrences: event.data.occurrences, elapsedMs: event.data.elapsedMs });
      else waiter.reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(event.message || 'The term worker failed.'));
      this.pending.clear();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }
}
