// Renderer: one QA worker per window; each request supersedes the ones still running,
// and a run that takes too long (a hostile user pattern) is stopped by ending the worker.
import type { CheckContext, ConfigProblem, KeyedFinding } from '@core/qa';
import type { QaRequest, QaResponse } from './qa-protocol';

export interface QaRun {
  findings: KeyedFinding[];
  problems: ConfigProblem[];
  elapsedMs: number;
}

const RUN_TIMEOUT_MS = 10_000;

export class QaClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, { resolve(run: QaRun): void; reject(error: Error): void; timer: ReturnType<typeof setTimeout> }>();

  run(text: string, context: CheckContext, enabledIds?: readonly string[]): Promise<QaRun> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    // Only the newest request matters: older ones are answered as superseded.
    for (const [oldId, waiter] of this.pending) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('superseded'));
      this.pending.delete(oldId);
    }
    return new Promise<QaRun>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.restart();
        reject(new Error('The checks took too long and were stopped (a custom pattern may be too slow).'));
      }, RUN_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      const request: QaRequest = { id, text, context, ...(enabledIds ? { enabledIds } : {}) };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    this.restart();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./qa.worker.ts', import.meta.url), { type: 'module', name: 'glossa-qa' });
    worker.onmessage = (event: MessageEvent<QaResponse>) => {
      const waiter = this.pending.get(event.data.id);
      if (!waiter) return;
      clearTimeout(waiter.timer);
      this.pending.delete(event.data.id);
      if (event.data.ok) waiter.resolve({ findings: event.data.findings, problems: event.data.problems, elapsedMs: event.data.elapsedMs });
      else waiter.reject(new Error(event.data.error));
    };
    this.worker = worker;
    return worker;
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
