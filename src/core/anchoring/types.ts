import type { AnchorState, TextPositionSelector, TextQuoteSelector } from '../model';

/**
 * The selectors an annotation is re-anchored from. The position is optional at runtime:
 * records imported from other tools may carry only a quote.
 */
export interface AnnotationSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Which evidence decided where an annotation now sits. */
type AnchorStrategy = 'exact' | 'position' | 'fuzzy' | 'none';

export interface AnchorResult {
  state: AnchorState;
  /** Offsets into the plain text; -1 for an orphan. */
  start: number;
  end: number;
  /** 0..1: how sure we are that these are the annotated words. 0 for an orphan. */
  confidence: number;
  strategy: AnchorStrategy;
}

/** What is known about where a quote used to be. */
export interface QuoteContext {
  /** Text that came just before the quote. */
  prefix?: string;
  /** Text that came just after the quote. */
  suffix?: string;
  /** Expected start offset of the quote. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1, for ranking candidates: confidence plus a small weight for nearness to the hint. */
  score: number;
  /** 0..1: quote and context similarity only (position is not evidence after edits). */
  confidence: number;
  /** Edit distance between text.slice(start, end) and the quote. */
  errors: number;
  /** 0..1: similarity of the surrounding text to the recorded prefix and suffix. */
  contextSimilarity: number;
}

/** A QuoteContext with defaults filled in and the hint clamped into the text. */
export interface ResolvedContext {
  prefix: string;
  suffix: string;
  hint: number | undefined;
}
