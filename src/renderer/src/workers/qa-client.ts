// Renderer: one QA worker per window; each request supersedes the ones still running,
// and a run that takes too long (a hostile user pattern) is stopped by ending the worker.
import type { CheckContext, ConfigProblem, KeyedFinding } from '@core/qa';
import { WorkerClient } from './rpc';
import type { BilingualRun, QaWorkerApi } from './qa.worker';

interface QaRun {
  findings: KeyedFinding[];
  problems: ConfigProblem[];
  elapsedMs: number;
  /** Of elapsedMs, the source-against-target checks and placing their findings (bilingual documents only). */
  bilingualMs?: number;
}

const RUN_TIMEOUT_MS = 10_000;

export class QaClient {
  private readonly rpc = new WorkerClient<QaWorkerApi>({
    spawn: () => new Worker(new URL('./qa.worker.ts', import.meta.url), { type: 'module', name: 'glossa-qa' }),
    task: 'The quality checks',
    plural: true,
    timeoutMs: RUN_TIMEOUT_MS,
    timeoutHint: 'A custom pattern may be too slow.',
  });

  /** Rejects with WorkerCallError: 'superseded' when a newer run started, 'crashed', 'timeout' or 'failed'. */
  run(text: string, context: CheckContext, enabledIds?: readonly string[], bilingual?: BilingualRun): Promise<QaRun> {
    // Only the newest request matters: older ones are answered as superseded.
    this.rpc.cancelPending('superseded');
    return this.rpc.call('run', bilingual ? [text, context, enabledIds, bilingual] : [text, context, enabledIds]);
  }

  dispose(): void {
    this.rpc.dispose();
  }
}
