// Web Worker: runs the automatic QA checks off the main thread, so a 200k-word
// article never blocks typing while it is checked. A bilingual document's segments are
// checked too (source against target), their findings placed in the article.
import { findingsInArticle, runBilingualChecks, runChecks, type BilingualContext, type BilingualInput, type CheckContext, type SegmentLayout } from '@core/qa';
import { serve } from './rpc/serve';

export interface BilingualRun {
  readonly segments: readonly BilingualInput[];
  /** Per segment id, where its blocks are in the article text. */
  readonly layouts: ReadonlyMap<string, SegmentLayout>;
  readonly context: BilingualContext;
  readonly enabledIds: readonly string[];
}

const api = {
  run(text: string, context: CheckContext, enabledIds?: readonly string[], bilingual?: BilingualRun) {
    const started = performance.now();
    const result = runChecks(text, context, enabledIds);
    if (!bilingual) return { ...result, elapsedMs: performance.now() - started };
    const bilingualStarted = performance.now();
    const segments = runBilingualChecks(bilingual.segments, bilingual.context, bilingual.enabledIds);
    const findings = [...result.findings, ...findingsInArticle(segments.findings, bilingual.layouts, text)].sort((a, b) => a.start - b.start || a.end - b.end);
    const finished = performance.now();
    return { findings, problems: [...result.problems, ...segments.problems], elapsedMs: finished - started, bilingualMs: finished - bilingualStarted };
  },
};

export type QaWorkerApi = typeof api;

serve(api);
