/**
 * The bilingual segment model (ADR 0017): documents of source and target segments read from
 * XLIFF and TMX, their states, and the helpers that turn inline content into plain text and back.
 */
export type { BilingualDocument, BilingualFile, BilingualFormat, BilingualSegment, InlineContent, InlineItem, InlineTag, SegmentNote, SegmentState } from './types';
export { segmentId } from './types';
export { BilingualExportError, BilingualFormatError, isBilingualFormatError } from './errors';
export type { BilingualErrorCode, BilingualExportErrorCode } from './errors';
export { plainText, restoreTags, tagsOf, textContent } from './content';
export type { RestoredContent, RestoreProblem, TagDisplay } from './content';
export { stateFromSdlConf, stateFromXliff12, stateFromXliff2, stateToSdlConf, stateToXliff12, stateToXliff2 } from './state';
