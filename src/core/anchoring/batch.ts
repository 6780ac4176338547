/**
 * Re-anchor every annotation of a document at once, e.g. after a re-import.
 *
 * Annotations are visited in stored order while tracking how far the text has moved, so
 * each hint points where the quote most likely is now and the exact search around it
 * succeeds without scanning the document. Full scans and fuzzy searches, when needed,
 * are done once per distinct quote.
 */
import { anchorWith, storedOffset } from './anchor';
import { findOccurrences } from './occurrences';
import { searchHits, type FuzzyHit } from './fuzzy-match';
import type { AnchorResult, AnnotationSelectors } from './types';

/** Results in the order of `annotations`. */
export function anchorAll(
  text: string,
  annotations: readonly { readonly selectors: AnnotationSelectors }[],
): AnchorResult[] {
  const occurrences = new Map<string, readonly number[]>();
  const fuzzyHits = new Map<string, readonly FuzzyHit[]>();
  const occurrencesOf = (quote: string): readonly number[] =>
    remember(occurrences, quote, () => findOccurrences(text, quote));
  // The error bound is a function of the quote's length, so the quote alone is the key.
  const fuzzyHitsOf = (quote: string, maxErrors: number): readonly FuzzyHit[] =>
    remember(fuzzyHits, quote, () => searchHits(text, quote, maxErrors));

  const order = annotations
    .map((annotation, index) => ({ index, start: storedOffset(annotation?.selectors?.position?.start) }))
    .sort((a, b) => (a.start ?? Number.POSITIVE_INFINITY) - (b.start ?? Number.POSITIVE_INFINITY));

  const results = new Array<AnchorResult>(annotations.length);
  let shift = 0;
  for (const { index, start } of order) {
    const result = anchorWith(text, annotations[index]?.selectors, { shift, occurrencesOf, fuzzyHitsOf });
    results[index] = result;
    // Learn the shift only from certain anchors; a guess would mislead the next hints.
    if (start !== undefined && result.strategy === 'exact' && result.confidence === 1) shift = result.start - start;
  }
  return results;
}

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}
