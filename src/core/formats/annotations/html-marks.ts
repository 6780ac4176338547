/**
 * Writes the segments of a paragraph (html-segments.ts) as properly nested <mark>s: shared by
 * the annotated article and the review report, so both place highlights and link them to their
 * notes in the same way. Every piece of text is escaped.
 */
import { escapeHtml, escapeLines } from './html-escape';
import { markId } from './html-notes';
import type { Segment } from './html-segments';

export interface MarkWriter {
  /** The class attribute of an annotation's marks. */
  classOf(id: string): string;
  /** HTML written right after the annotation's last piece of text (its reference number), or ''. */
  referenceOf(id: string): string;
  /** Annotations whose first mark was written: only that one carries the id that notes link back to. */
  marked: Set<string>;
}

export function markedSegmentsHtml(segments: readonly Segment[], writer: MarkWriter): string {
  return segments.map((segment) => segmentHtml(segment, writer)).join('');
}

function segmentHtml(segment: Segment, writer: MarkWriter): string {
  let open = '';
  for (const id of segment.ids) {
    const first = !writer.marked.has(id);
    writer.marked.add(id);
    open += `<mark class="${escapeHtml(writer.classOf(id))}" data-annotation="${escapeHtml(id)}"${first ? ` id="${escapeHtml(markId({ id }))}"` : ''}>`;
  }
  const references = segment.endingIds.map((id) => writer.referenceOf(id)).join('');
  return `${open}${escapeLines(segment.text)}${'</mark>'.repeat(segment.ids.length)}${references}`;
}
