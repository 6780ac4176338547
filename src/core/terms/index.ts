// The terms module's public surface: term keys, the glossary term matcher, duplicate detection and merging.
export { foldCodePoint, normaliseTerm } from './normalise';
export { compilePhraseMatcher, compileTermMatcher, type PhraseMatcher, type TermMatcher, type TermOccurrence, type TermPattern, type TermPatternKind } from './matcher';
export { termKey, termTokens } from './term-key';
export { adaptReplacement, pluralForms } from './inflection';
export { findDuplicateGroups, mergeTerms, type DuplicateGroup } from './duplicates';
