// Renderer (editor): offsets into the article's plain text, the coordinate system of
// every TextPositionSelector. The walk mirrors ElementNode.getTextContent(): block
// children are separated by "\n\n", inline elements (marks, links) add nothing.
import {
  $createRangeSelection,
  $createRangeSelectionFromDom,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
  type RangeSelection,
  type TextNode,
} from 'lexical';

const BLOCK_SEPARATOR_LENGTH = 2;

/** Visits every TextNode in reading order with its start offset; returns the total length. */
export function $walkText(visit: (node: TextNode, start: number) => void): number {
  let offset = 0;
  const walk = (element: ElementNode) => {
    const children = element.getChildren();
    const last = children.length - 1;
    children.forEach((child, index) => {
      if ($isTextNode(child)) {
        visit(child, offset);
        offset += child.getTextContentSize();
      } else if ($isElementNode(child)) {
        walk(child);
        if (index !== last && !child.isInline()) offset += BLOCK_SEPARATOR_LENGTH;
      } else {
        offset += child.getTextContentSize();
      }
    });
  };
  walk($getRoot());
  return offset;
}

function firstText(node: LexicalNode): TextNode | null {
  if ($isTextNode(node)) return node;
  if (!$isElementNode(node)) return null;
  for (const child of node.getChildren()) {
    const found = firstText(child);
    if (found) return found;
  }
  return null;
}

function lastText(node: LexicalNode): TextNode | null {
  if ($isTextNode(node)) return node;
  if (!$isElementNode(node)) return null;
  const children = node.getChildren();
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const found = lastText(children[index]!);
    if (found) return found;
  }
  return null;
}

/** Resolves a selection point to a text node and an offset inside it, when there is one. */
function textPoint(point: PointType): { node: TextNode; offset: number } | null {
  const node = point.getNode();
  if ($isTextNode(node)) return { node, offset: point.offset };
  if (!$isElementNode(node)) return null;
  const children = node.getChildren();
  const after = children[point.offset];
  const start = after ? firstText(after) : null;
  if (start) return { node: start, offset: 0 };
  const before = children[point.offset - 1];
  const end = before ? lastText(before) : lastText(node);
  return end ? { node: end, offset: end.getTextContentSize() } : null;
}

/** The [start, end) plain-text offsets of a range selection, or null if it holds no text. */
export function $selectionOffsets(selection: RangeSelection): { start: number; end: number } | null {
  const anchor = textPoint(selection.anchor);
  const focus = textPoint(selection.focus);
  if (!anchor || !focus) return null;
  let anchorOffset = -1;
  let focusOffset = -1;
  $walkText((node, start) => {
    if (node.is(anchor.node)) anchorOffset = start + anchor.offset;
    if (node.is(focus.node)) focusOffset = start + focus.offset;
  });
  if (anchorOffset < 0 || focusOffset < 0) return null;
  return { start: Math.min(anchorOffset, focusOffset), end: Math.max(anchorOffset, focusOffset) };
}

/**
 * The browser's current selection as a Lexical range selection, when it is a non-empty range
 * inside this editor. Lexical learns of selection changes from the asynchronous selectionchange
 * event, so a command run straight after a drag may otherwise see the previous selection.
 * With `caret`, a collapsed selection (the caret) is returned too. Call inside editor.read() or editor.update().
 */
export function $liveSelection(editor: LexicalEditor, { caret = false }: { caret?: boolean } = {}): RangeSelection | null {
  const root = editor.getRootElement();
  const dom = root?.ownerDocument.defaultView?.getSelection();
  if (!root || !dom || dom.rangeCount === 0 || (dom.isCollapsed && !caret)) return null;
  if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return null;
  const selection = $createRangeSelectionFromDom(dom, editor);
  return selection && (caret || !selection.isCollapsed()) ? selection : null;
}

/** A range selection over plain-text offsets [start, end), or null if they fall outside the text. */
export function $selectOffsets(start: number, end: number): RangeSelection | null {
  let anchor: { key: string; offset: number } | null = null;
  let focus: { key: string; offset: number } | null = null;
  $walkText((node, nodeStart) => {
    const nodeEnd = nodeStart + node.getTextContentSize();
    // Start in the node that contains the first character; end in the one holding the last.
    if (!anchor && start >= nodeStart && start < nodeEnd) anchor = { key: node.getKey(), offset: start - nodeStart };
    if (end > nodeStart && end <= nodeEnd) focus = { key: node.getKey(), offset: end - nodeStart };
  });
  if (!anchor || !focus || end <= start) return null;
  const selection = $createRangeSelection();
  const from = anchor as { key: string; offset: number };
  const to = focus as { key: string; offset: number };
  selection.anchor.set(from.key, from.offset, 'text');
  selection.focus.set(to.key, to.offset, 'text');
  return selection;
}

/**
 * A range selection over plain-text offsets [start, end) that may be empty (a caret, where words
 * are to be put back) or begin or end on a paragraph break (a split or a join to undo); null
 * when an offset is outside the text. A point between two text nodes is put in the one holding
 * the span's text; a point inside a paragraph break, at the end of the paragraph before it
 * (start) or the start of the one after it (end).
 */
export function $selectSpan(start: number, end: number): RangeSelection | null {
  if (end < start) return null;
  const runs: Array<{ node: TextNode; start: number; end: number }> = [];
  const total = $walkText((node, nodeStart) => void runs.push({ node, start: nodeStart, end: nodeStart + node.getTextContentSize() }));
  if (runs.length === 0 || start < 0 || end > total) return null;
  const point = (offset: number, side: 'start' | 'end') => {
    // The span's start goes in the node its first character is in; its end, in the one its last is in.
    const inside = side === 'start' ? runs.find((run) => offset >= run.start && offset < run.end) : [...runs].reverse().find((run) => offset > run.start && offset <= run.end);
    const touching = inside ?? runs.find((run) => offset >= run.start && offset <= run.end);
    if (touching) return { key: touching.node.getKey(), offset: offset - touching.start };
    // Inside a paragraph break (or an empty paragraph).
    const before = [...runs].reverse().find((run) => run.end <= offset);
    const after = runs.find((run) => run.start >= offset);
    const chosen = side === 'start' ? (before ?? after) : (after ?? before);
    return chosen ? { key: chosen.node.getKey(), offset: chosen === before ? before.end - before.start : 0 } : null;
  };
  const from = point(start, start === end ? 'end' : 'start');
  const to = start === end ? from : point(end, 'end');
  if (!from || !to) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(from.key, from.offset, 'text');
  selection.focus.set(to.key, to.offset, 'text');
  return selection;
}

/** A text node's place in the plain text. */
export interface TextRun {
  key: string;
  start: number;
  length: number;
}

/** Every text node with its offset, in reading order: an index for many lookups. */
export function $textRuns(): TextRun[] {
  const runs: TextRun[] = [];
  $walkText((node, start) => void runs.push({ key: node.getKey(), start, length: node.getTextContentSize() }));
  return runs;
}

/**
 * The run holding offset `at`, by binary search: for a start offset the run it falls
 * in, for an end offset the run it ends in (so a range never starts or ends in a
 * neighbouring run that only touches it).
 */
export function runAt(runs: readonly TextRun[], at: number, isEnd: boolean): TextRun | null {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const run = runs[middle]!;
    if (isEnd ? at <= run.start : at < run.start) high = middle - 1;
    else if (isEnd ? at > run.start + run.length : at >= run.start + run.length) low = middle + 1;
    else return run;
  }
  return null;
}
