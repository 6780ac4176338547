/**
 * Re-anchor one annotation from its selectors: exact quote, then stored position, then fuzzy
 * quote. Never throws; what cannot be found with enough confidence is an orphan, never a
 * guess. See docs/adr/0003-anchoring.md.
 */
import { bestExact, type OccurrenceSource } from './exact-match';
import { bestFuzzy, type FuzzyHitSource } from './fuzzy-match';
import { resolveContext } from './match-quote';
import {
  NEEDS_CHECK_BELOW,
  ORPHAN_BELOW,
  confidenceOf,
  contextDistance,
  contextSimilarityOf,
  maxErrorsFor,
} from './scoring';
import type { AnchorResult, AnnotationSelectors, QuoteMatch } from './types';

export { NEEDS_CHECK_BELOW, ORPHAN_BELOW };

/** Whether the UI should mark this anchor "needs check" and show the original quote. */
export function needsCheck(result: AnchorResult): boolean {
  return result.state !== 'orphan' && result.confidence < NEEDS_CHECK_BELOW;
}

export function anchorAnnotation(text: string, selectors: AnnotationSelectors): AnchorResult {
  return anchorWith(text, selectors, {});
}

/** What the batch shares between annotations; everything is optional. */
interface AnchorTools {
  /** Added to the stored start to make the hint: how far text has moved around here. */
  shift?: number;
  occurrencesOf?: OccurrenceSource;
  fuzzyHitsOf?: FuzzyHitSource;
}

export function anchorWith(text: string, selectors: AnnotationSelectors | undefined, tools: AnchorTools): AnchorResult {
  // Records come from storage and other tools: check shapes rather than trust the types.
  if (typeof text !== 'string') return orphan();
  const quoteSelector = selectors?.quote;
  const quote = typeof quoteSelector?.exact === 'string' ? quoteSelector.exact : '';
  if (quote.length === 0) return orphan();
  const storedStart = storedOffset(selectors?.position?.start);
  const context = resolveContext(text, {
    prefix: quoteSelector?.prefix,
    suffix: quoteSelector?.suffix,
    hint: storedStart === undefined ? undefined : storedStart + (tools.shift ?? 0),
  });

  const exact = bestExact(text, quote, context, tools.occurrencesOf);
  if (exact) {
    const { match, unique } = exact;
    if (unique || match.confidence >= NEEDS_CHECK_BELOW) return found('anchored', match, 'exact');
    // Several occurrences and none still in its old surroundings: if the stored offsets
    // still hold the quote, they are the best evidence of which one it is.
    const storedEnd = storedOffset(selectors?.position?.end);
    if (storedStart !== undefined && storedEnd === storedStart + quote.length && text.startsWith(quote, storedStart)) {
      const distance = contextDistance(text, storedStart, storedEnd, context.prefix, context.suffix);
      const confidence = confidenceOf(1, contextSimilarityOf(distance, context.prefix, context.suffix));
      return { state: 'anchored', start: storedStart, end: storedEnd, confidence, strategy: 'position' };
    }
    return found('anchored', match, 'exact');
  }

  const fuzzy = bestFuzzy(text, quote, context, maxErrorsFor(quote.length), {
    occurrencesOf: tools.occurrencesOf,
    hitsOf: tools.fuzzyHitsOf,
  });
  if (fuzzy && fuzzy.confidence >= ORPHAN_BELOW) return found('fuzzy', fuzzy, 'fuzzy');
  return orphan();
}

/** A stored offset usable as evidence: a non-negative integer. */
export function storedOffset(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function found(state: 'anchored' | 'fuzzy', match: QuoteMatch, strategy: 'exact' | 'fuzzy'): AnchorResult {
  return { state, start: match.start, end: match.end, confidence: match.confidence, strategy };
}

function orphan(): AnchorResult {
  return { state: 'orphan', start: -1, end: -1, confidence: 0, strategy: 'none' };
}
