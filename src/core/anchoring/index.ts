/** Text anchoring: describe a selected range, find it again after the text changes. */
export { describeRange, type RangeSelectors } from './describe';
export { matchQuote } from './match-quote';
export { anchorAnnotation, needsCheck, NEEDS_CHECK_BELOW, ORPHAN_BELOW } from './anchor';
export { anchorAll } from './batch';
export type { AnchorResult, AnchorStrategy, AnnotationSelectors, QuoteContext, QuoteMatch } from './types';
