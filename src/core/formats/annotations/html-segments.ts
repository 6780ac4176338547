/**
 * Cuts an article into paragraphs, and each paragraph into segments at every place an
 * annotation starts or ends, so overlapping annotations can be written as properly nested
 * HTML: each segment carries every annotation that covers it, and its marks open and close
 * inside it. O((n + a) log a) for n paragraphs and a annotations.
 */

export interface PlacedRange {
  id: string;
  /** UTF-16 offsets into the plain text; end is exclusive. */
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** The annotations covering this text, outermost first (earlier start, then longer, then id). */
  ids: string[];
  /** Annotations whose text ends with this segment: where their reference numbers go. */
  endingIds: string[];
}

export interface ArticleParagraph {
  segments: Segment[];
  /** Annotations whose first segment is in this paragraph, in reading order. */
  startingIds: string[];
}

export interface SegmentedArticle {
  paragraphs: ArticleParagraph[];
  /** Annotations that cover no text of any paragraph (out of range, or only a paragraph break). */
  unplacedIds: string[];
}

/** Paragraphs are the plain text's blocks, which Glossa joins with a blank line ("\n\n"). */
export function paragraphRanges(plainText: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const end = plainText.indexOf('\n\n', start);
    if (end === -1) break;
    ranges.push({ start, end });
    start = end + 2;
  }
  ranges.push({ start, end: plainText.length });
  return ranges;
}

export function segmentArticle(plainText: string, ranges: readonly PlacedRange[]): SegmentedArticle {
  const valid = ranges.filter((range) => Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start < range.end && range.end <= plainText.length);
  const ordered = [...valid].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rank = new Map(ordered.map((range, index) => [range.id, index]));
  const byEnd = [...ordered].sort((a, b) => a.end - b.end);
  const cuts = [...new Set(ordered.flatMap((range) => [range.start, range.end]))].sort((a, b) => a - b);

  const active = new Map<string, PlacedRange>();
  const lastSegment = new Map<string, Segment>();
  const paragraphs: ArticleParagraph[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  let nextCut = 0;
  for (const paragraph of paragraphRanges(plainText)) {
    const segments: Segment[] = [];
    const startingIds: string[] = [];
    let position = paragraph.start;
    while (position < paragraph.end) {
      // Annotations that ended before here leave, those that started by here join.
      while (nextEnd < byEnd.length && (byEnd[nextEnd]?.end ?? 0) <= position) active.delete(byEnd[nextEnd++]?.id ?? '');
      while (nextStart < ordered.length && (ordered[nextStart]?.start ?? 0) <= position) {
        const range = ordered[nextStart++];
        if (range && range.end > position) active.set(range.id, range);
      }
      while (nextCut < cuts.length && (cuts[nextCut] ?? 0) <= position) nextCut += 1;
      const end = Math.min(paragraph.end, cuts[nextCut] ?? paragraph.end);
      const ids = [...active.keys()].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
      const segment: Segment = { text: plainText.slice(position, end), ids, endingIds: [] };
      for (const id of ids) {
        if (!lastSegment.has(id)) startingIds.push(id);
        lastSegment.set(id, segment);
      }
      segments.push(segment);
      position = end;
    }
    paragraphs.push({ segments, startingIds });
  }
  for (const range of ordered) lastSegment.get(range.id)?.endingIds.push(range.id);
  const unplacedIds = ranges.filter((range) => !lastSegment.has(range.id)).map((range) => range.id);
  return { paragraphs, unplacedIds };
}
