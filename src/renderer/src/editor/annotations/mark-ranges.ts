// Renderer (editor): where each annotation's marks are, and adding or removing them.
import { $unwrapMarkNode, $wrapSelectionInMarkNode } from '@lexical/mark';
import { $createRangeSelection, $getNodeByKey, $getRoot, $isElementNode, $isTextNode, type LexicalNode, type TextNode } from 'lexical';
import { $createAnnotationMarkNode, $isAnnotationMarkNode, type AnnotationMarkNode } from './annotation-mark-node';
import { $selectOffsets, $textRuns, $walkText, runAt, type TextRun } from './text-offsets';

interface MarkRange {
  start: number;
  end: number;
}

function markIdsOf(node: TextNode): string[] {
  const ids: string[] = [];
  for (let parent = node.getParent(); parent && !parent.is($getRoot()); parent = parent.getParent()) {
    if ($isAnnotationMarkNode(parent)) ids.push(...parent.getIDs());
  }
  return ids;
}

/**
 * The first range of each annotation id: consecutive marked text, continuing across
 * a block break (a mark over two paragraphs is two MarkNodes). A second, separate
 * occurrence of an id (left by copy and paste) does not extend it.
 */
export function $collectMarkRanges(): Map<string, MarkRange> {
  const ranges = new Map<string, MarkRange>();
  const closed = new Set<string>();
  // Ranges that may still grow. Only these are checked at each text node: checking every
  // range seen so far made this quadratic (seconds with 5,000 annotations).
  const open = new Set<string>();
  const close = (id: string) => {
    closed.add(id);
    open.delete(id);
  };
  $walkText((node, start) => {
    const end = start + node.getTextContentSize();
    const here = new Set(markIdsOf(node));
    for (const id of here) {
      if (closed.has(id)) continue;
      const range = ranges.get(id);
      if (!range) {
        ranges.set(id, { start, end });
        open.add(id);
      } else if (start - range.end <= 2) range.end = end;
      else close(id);
    }
    for (const id of open) {
      if (!here.has(id) && start - ranges.get(id)!.end > 2) close(id);
    }
  });
  return ranges;
}

/** Every annotation id that has at least one mark. */
export function $collectMarkIds(): Set<string> {
  const ids = new Set<string>();
  const visit = (node: LexicalNode) => {
    if ($isAnnotationMarkNode(node)) for (const id of node.getIDs()) ids.add(id);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return ids;
}

function $marksWith(id: string): AnnotationMarkNode[] {
  const marks: AnnotationMarkNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isAnnotationMarkNode(node) && node.hasID(id)) marks.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return marks;
}

function $stillValid(run: TextRun): boolean {
  const node = $getNodeByKey(run.key);
  return $isTextNode(node) && node.isAttached() && node.getTextContentSize() === run.length;
}

/**
 * Marks many ranges at once (re-anchoring thousands of annotations on open). Walking the
 * whole article for each range would be quadratic; instead the text runs are indexed once
 * and ranges are marked from the end of the article backwards, so splitting a run only
 * ever touches runs that are already done. Overlaps invalidate the index, which is then
 * rebuilt. Returns the ids that were marked.
 */
export function $markManyOffsets(ranges: ReadonlyArray<{ start: number; end: number; id: string }>): Set<string> {
  const marked = new Set<string>();
  const ordered = [...ranges].filter((range) => range.end > range.start).sort((a, b) => b.start - a.start || b.end - a.end);
  let runs = $textRuns();
  for (const range of ordered) {
    let from = runAt(runs, range.start, false);
    let to = runAt(runs, range.end, true);
    if (!from || !to || !$stillValid(from) || !$stillValid(to)) {
      runs = $textRuns();
      from = runAt(runs, range.start, false);
      to = runAt(runs, range.end, true);
      if (!from || !to) continue;
    }
    const selection = $createRangeSelection();
    selection.anchor.set(from.key, range.start - from.start, 'text');
    selection.focus.set(to.key, range.end - to.start, 'text');
    $wrapSelectionInMarkNode(selection, false, range.id, $createAnnotationMarkNode);
    marked.add(range.id);
  }
  return marked;
}

/** Marks [start, end) of the plain text with the annotation id. Returns false if the range is not in the text. */
export function $markOffsets(start: number, end: number, id: string): boolean {
  const selection = $selectOffsets(start, end);
  if (!selection) return false;
  $wrapSelectionInMarkNode(selection, false, id, $createAnnotationMarkNode);
  return true;
}

/** Removes the annotation id from every mark; a mark left with no ids is unwrapped. */
export function $removeMarks(id: string): void {
  for (const mark of $marksWith(id)) {
    mark.deleteID(id);
    if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
}

/** Keeps only the first occurrence of an id that appears in separate places (copy and paste). */
export function $dropDuplicateMarks(ids: Iterable<string>): void {
  for (const id of ids) {
    const marks = $marksWith(id);
    if (marks.length < 2) continue;
    const first = $collectMarkRanges().get(id);
    if (!first) continue;
    const starts = new Map<string, number>();
    $walkText((node, start) => void starts.set(node.getKey(), start));
    for (const mark of marks) {
      const text = mark.getAllTextNodes()[0];
      const start = text ? (starts.get(text.getKey()) ?? -1) : -1;
      if (start >= first.start && start < first.end) continue;
      mark.deleteID(id);
      if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
    }
  }
}
