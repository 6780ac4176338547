/** Text primitives for core: character classes, word boundaries, the word count, hashing and the spreadsheet-cell rule (issue 9, item 5; see ADR 0015). */
export { charFlags, CJK, isInlineSpace, isSpaceChar, isWordChar, LINE_BREAK, SPACE, SPACELESS, WORD, ZERO_WIDTH_SPACE } from './chars';
export { cachedSegmenter, isWordAt, isWordBefore, sameIgnoringCase, segmentWords, wordRunEnd, type WordSegment } from './words';
export { countWords } from './word-count';
export { FNV_OFFSET, FNV_PRIME, fnvStep } from './hash';
export { dropProtectiveApostrophe, escapeLeadingApostrophe, neutraliseCell, spreadsheetSafeCell } from './spreadsheet-cell';
export { countOf, type Noun } from './plural';
