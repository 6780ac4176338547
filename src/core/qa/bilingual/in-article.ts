/**
 * Bilingual findings placed in the article, so they join the review queue beside the
 * monolingual ones: a finding's offsets are into its segment's target (the segment's blocks
 * joined by "\n", tags omitted); the article's plain text joins blocks by a blank line and has
 * other segments before it. Each segment says where its blocks start in the article.
 */
import type { KeyedFinding } from '../finding';
import type { KeyedBilingualFinding } from './input';

export interface SegmentLayout {
  /** Where each of the segment's blocks starts in the article's plain text, first to last. */
  readonly blockStarts: readonly number[];
  /** Each block's length in the article's plain text. */
  readonly blockLengths: readonly number[];
}

/** The article offset of a segment-target offset (block texts joined by one "\n"). */
function articleOffset(layout: SegmentLayout, offset: number): number {
  let start = 0;
  for (let index = 0; index < layout.blockStarts.length; index += 1) {
    const length = layout.blockLengths[index]!;
    if (offset <= start + length || index === layout.blockStarts.length - 1) return layout.blockStarts[index]! + Math.min(offset - start, length);
    start += length + 1;
  }
  return 0;
}

/**
 * Findings in article offsets, the quote taken from the article so it always matches them.
 * A finding on a segment the article no longer has is dropped.
 */
export function findingsInArticle(findings: readonly KeyedBilingualFinding[], layouts: ReadonlyMap<string, SegmentLayout>, articleText: string): KeyedFinding[] {
  const placed: KeyedFinding[] = [];
  for (const { segmentId: _segment, subject: _subject, ...finding } of findings) {
    const layout = layouts.get(_segment);
    if (!layout || layout.blockStarts.length === 0) continue;
    const start = articleOffset(layout, finding.start);
    const end = Math.max(start, articleOffset(layout, finding.end));
    placed.push({ ...finding, start, end, quote: articleText.slice(start, end) });
  }
  return placed;
}
