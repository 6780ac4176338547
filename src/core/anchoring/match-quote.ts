/**
 * Find a quote in a text: exact occurrences first, then approximate ones.
 */
import { bestExact } from './exact-match';
import { bestFuzzy } from './fuzzy-match';
import { maxErrorsFor } from './scoring';
import type { QuoteContext, QuoteMatch, ResolvedContext } from './types';

/**
 * The best match for `quote` in `text`, or null.
 *
 * Every exact occurrence is a candidate, ranked by the similarity of its surroundings to
 * `prefix`/`suffix` and, as a tie-breaker, by nearness to `hint`. Only when the quote does
 * not occur at all is an approximate match sought, with at most `maxErrors` edits
 * (default: half the quote, at most 256), ranked by quote similarity first, then context
 * and position. `score` is in 0..1.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
  maxErrors: number = maxErrorsFor(quote.length),
): QuoteMatch | null {
  if (typeof text !== 'string' || typeof quote !== 'string' || quote.length === 0) return null;
  const resolved = resolveContext(text, context);
  return bestExact(text, quote, resolved)?.match ?? bestFuzzy(text, quote, resolved, maxErrors);
}

/** Defaults for missing context, and a hint that is an offset inside the text (or none). */
export function resolveContext(text: string, context: QuoteContext | undefined): ResolvedContext {
  const prefix = typeof context?.prefix === 'string' ? context.prefix : '';
  const suffix = typeof context?.suffix === 'string' ? context.suffix : '';
  const raw = context?.hint;
  const hint =
    typeof raw === 'number' && Number.isFinite(raw) ? Math.min(text.length, Math.max(0, Math.round(raw))) : undefined;
  return { prefix, suffix, hint };
}
