// Renderer: replaces spans of the article's plain text (Find and Replace, a name variant's
// Fix all) in one editor update, which is one step of the undo history. An annotation whose
// words were wholly replaced keeps its note: its mark is put back on the new words. A span may
// be empty (words put back where they were deleted), and text holding a paragraph break splits
// the paragraph there (a join rejected), so the Changes panel's Reject writes back any change.
import { PARAGRAPH_SEPARATOR } from '@core/tracked-changes';
import { $getSelection, $isRangeSelection, $setSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { $collectMarkIds, $collectMarkRanges, $markOffsets } from '../../editor/annotations/mark-ranges';
import { $selectionOffsets, $selectSpan } from '../../editor/annotations/text-offsets';

export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where an offset of the old text is in the new one; inside a replaced span, at its start (side 'start') or end. */
export function mapOffset(offset: number, replacements: readonly Replacement[], side: 'start' | 'end'): number {
  let delta = 0;
  for (const replacement of replacements) {
    if (replacement.end <= offset) {
      delta += replacement.text.length - (replacement.end - replacement.start);
    } else if (replacement.start < offset) {
      return replacement.start + delta + (side === 'end' ? replacement.text.length : 0);
    } else break;
  }
  return offset + delta;
}

/**
 * Replaces the spans (plain-text offsets of the article now; they must not overlap). Returns how
 * many were replaced. The keyboard and the DOM selection stay where they are (the find bar): the
 * editor's selection is put back as it was.
 */
export function replaceSpans(editor: LexicalEditor, replacements: readonly Replacement[]): number {
  const ascending = [...replacements].sort((a, b) => a.start - b.start);
  let replaced = 0;
  editor.update(
    () => {
      const marks = $collectMarkRanges();
      const was = $getSelection();
      const wasAt = $isRangeSelection(was) ? $selectionOffsets(was) : null;
      // From the end, so the offsets of the spans still to do are not moved by those done.
      for (let index = ascending.length - 1; index >= 0; index -= 1) {
        const { start, end, text } = ascending[index]!;
        const selection = $selectSpan(start, end);
        if (!selection) continue;
        const [first = '', ...others] = text.split(PARAGRAPH_SEPARATOR);
        $setSelection(selection);
        selection.insertText(first);
        for (const paragraph of others) {
          const at = $getSelection();
          if (!$isRangeSelection(at)) break;
          at.insertParagraph();
          const next = $getSelection();
          if ($isRangeSelection(next) && paragraph !== '') next.insertText(paragraph);
        }
        replaced += 1;
      }
      const kept = $collectMarkIds();
      for (const [id, range] of marks) {
        if (kept.has(id)) continue;
        const start = mapOffset(range.start, ascending, 'start');
        const end = mapOffset(range.end, ascending, 'end');
        if (end > start) $markOffsets(start, end, id);
      }
      // The selection stays on the same words (its nodes may have been split or merged away).
      if (wasAt) $setSelection($selectSpan(mapOffset(wasAt.start, ascending, 'start'), mapOffset(wasAt.end, ascending, 'end')));
      else if (was === null) $setSelection(null);
    },
    { discrete: true, tag: SKIP_DOM_SELECTION_TAG },
  );
  return replaced;
}
