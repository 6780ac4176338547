// Web Worker: runs the automatic QA checks off the main thread, so a 200k-word
// article never blocks typing while it is checked.
import { runChecks, type CheckContext } from '@core/qa';
import { serve } from './rpc/serve';

const api = {
  run(text: string, context: CheckContext, enabledIds?: readonly string[]) {
    const started = performance.now();
    const result = runChecks(text, context, enabledIds);
    return { ...result, elapsedMs: performance.now() - started };
  },
};

export type QaWorkerApi = typeof api;

serve(api);
