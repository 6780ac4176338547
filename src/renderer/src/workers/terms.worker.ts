// Web Worker: finds glossary terms in articles off the main thread, so highlighting
// 50,000 terms over a 200k-word article never blocks typing.
import { compileTermMatcher, type TermMatcher, type TermOccurrence } from '@core/terms';
import type { TermsRequest, TermsResponse } from './terms-protocol';

let kept: TermMatcher = compileTermMatcher([]);

self.onmessage = (event: MessageEvent<TermsRequest>) => {
  const request = event.data;
  const started = performance.now();
  try {
    let occurrences: TermOccurrence[][] = [];
    if (request.type === 'compile') kept = compileTermMatcher(request.patterns);
    else if (request.type === 'match') occurrences = request.texts.map((text) => kept.match(text));
    else {
      const once = compileTermMatcher(request.patterns);
      occurrences = request.texts.map((text) => once.match(text));
    }
    const response: TermsResponse = { id: request.id, ok: true, occurrences, elapsedMs: performance.now() - started };
    self.postMessage(response);
  } catch (error) {
    const response: TermsResponse = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    self.postMessage(response);
  }
};
