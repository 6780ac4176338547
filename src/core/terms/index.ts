// The terms module's public surface: term keys, the glossary term matcher, duplicate detection and merging.
export { foldCodePoint, normaliseTerm } from './normalise';
export {
  adaptReplacement,
  compilePhraseMatcher,
  compileTermMatcher,
  pluralForms,
  termKey,
  termTokens,
  type PhraseMatcher,
  type TermMatcher,
  type TermOccurrence,
  type TermPattern,
  type TermPatternKind,
} from './matcher';
export { findDuplicateGroups, mergeTerms, type DuplicateGroup } from './duplicates';
