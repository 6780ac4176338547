// Web Worker: runs the automatic QA checks off the main thread, so a 200k-word
// article never blocks typing while it is checked.
import { runChecks, type CheckContext } from '@core/qa';
import type { QaRequest, QaResponse } from './qa-protocol';

self.onmessage = (event: MessageEvent<QaRequest>) => {
  const { id, text, context, enabledIds } = event.data;
  const started = performance.now();
  try {
    const result = runChecks(text, context as CheckContext, enabledIds);
    const response: QaResponse = { id, ok: true, ...result, elapsedMs: performance.now() - started };
    self.postMessage(response);
  } catch (error) {
    const response: QaResponse = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    self.postMessage(response);
  }
};
