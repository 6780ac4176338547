/**
 * Bilingual interchange (ADR 0017): read XLIFF 1.2, .sdlxliff, XLIFF 2.0/2.1 and TMX 1.4 into the
 * bilingual model, export edits back into the same XLIFF, and write TMX of reviewed pairs.
 */
export { BILINGUAL_EXTENSIONS, detectBilingualFormat, looksLikeBilingual, XLIFF2_NAMESPACE } from './detect';
export type { DetectedFormat } from './detect';
export { readBilingual, tmxLanguagePairs } from './read';
export type { ReadBilingualOptions } from './read';
export { exportXliff } from './export';
export type { SegmentEdit } from './edits';
export { ITS_NAMESPACE, ITS_SEVERITY, itsIssueType, readLqiMarks } from './its-lqi';
export type { LqiFlag, ReadLqiIssue } from './its-lqi';
export { MAX_BILINGUAL_BYTES } from './guard';
export { writeTmx } from '../tmx/write';
export type { TmxWriteOptions } from '../tmx/write';
export type { TmxLanguagePair, TmxPairChoice } from '../tmx/read';
