/** The bilingual QA checks (issue 10, item 5; ADR 0019): pure functions over source/target segments, keyed for the review queue. */
export type { BilingualCheck, BilingualContext, BilingualFinding, BilingualInput, KeyedBilingualFinding, TagRef } from './input';
export { bilingualInput } from './input';
export { BILINGUAL_CHECKS } from './checks';
export { getBilingualCheck, runBilingualChecks, withBilingualKeys, type BilingualQaResult } from './run';
export { extractNumbers, type ExtractedNumber } from './number-extract';
export { compilePhraseFinder, type PhraseFinder, type PhraseSpan } from './phrase-finder';
export { findingsInArticle, type SegmentLayout } from './in-article';
