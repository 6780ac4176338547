// Messages between the renderer and the term-matching worker.
import type { TermOccurrence, TermPattern } from '@core/terms';

export type TermsRequest =
  /** Compiles the patterns the worker keeps for `match` (a document's glossary terms). */
  | { id: number; type: 'compile'; patterns: readonly TermPattern[] }
  /** Matches the kept patterns over texts. */
  | { id: number; type: 'match'; texts: readonly string[] }
  /** Matches these patterns over these texts, leaving the kept ones alone (occurrences of one term). */
  | { id: number; type: 'matchOnce'; patterns: readonly TermPattern[]; texts: readonly string[] };

export type TermsResponse =
  | { id: number; ok: true; occurrences: TermOccurrence[][]; elapsedMs: number }
  | { id: number; ok: false; error: string };
