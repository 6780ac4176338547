// Web Worker: finds glossary terms in articles off the main thread, so highlighting
// 50,000 terms over a 200k-word article never blocks typing.
import { compileTermMatcher, type TermMatcher, type TermOccurrence, type TermPattern } from '@core/terms';
import { serve } from './rpc/serve';

let kept: TermMatcher = compileTermMatcher([]);

function timed(run: () => TermOccurrence[][]): { occurrences: TermOccurrence[][]; elapsedMs: number } {
  const started = performance.now();
  const occurrences = run();
  return { occurrences, elapsedMs: performance.now() - started };
}

const api = {
  /** Compiles the patterns the worker keeps for `match` (a document's glossary terms). */
  compile(patterns: readonly TermPattern[]) {
    return timed(() => {
      kept = compileTermMatcher(patterns);
      return [];
    });
  },
  /** Matches the kept patterns over texts. */
  match(texts: readonly string[]) {
    return timed(() => texts.map((text) => kept.match(text)));
  },
  /** Matches these patterns over these texts, leaving the kept ones alone (occurrences of one term). */
  matchOnce(patterns: readonly TermPattern[], texts: readonly string[]) {
    return timed(() => {
      const once = compileTermMatcher(patterns);
      return texts.map((text) => once.match(text));
    });
  },
};

export type TermsWorkerApi = typeof api;

serve(api);
