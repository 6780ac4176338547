// Renderer (editor): paints ranges of the plain text (QA findings, later glossary hits)
// with the CSS Custom Highlight API. Nothing enters the document or its history.
import { $getNearestNodeFromDOMNode, $isTextNode, type LexicalEditor } from 'lexical';
import { $textRuns, runAt } from './annotations/text-offsets';

function domTextOf(element: HTMLElement | null): Text | null {
  if (!element) return null;
  if (element.firstChild instanceof Text) return element.firstChild;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** DOM ranges for plain-text offsets, in one walk of the article; ranges that no longer fit are skipped. */
export function domRangesFor(editor: LexicalEditor, spans: ReadonlyArray<{ start: number; end: number }>): Array<Range | null> {
  const runs = editor.getEditorState().read(() => $textRuns());
  return spans.map(({ start, end }) => {
    const from = runAt(runs, start, false);
    const to = runAt(runs, end, true);
    const fromText = from ? domTextOf(editor.getElementByKey(from.key)) : null;
    const toText = to ? domTextOf(editor.getElementByKey(to.key)) : null;
    if (!from || !to || !fromText || !toText) return null;
    try {
      const range = document.createRange();
      range.setStart(fromText, start - from.start);
      range.setEnd(toText, end - to.start);
      return range;
    } catch {
      return null;
    }
  });
}

/** Sets (or clears, with no ranges) a named highlight; a no-op where the API is missing. */
export function paintHighlight(name: string, ranges: ReadonlyArray<Range | null>): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const present = ranges.filter((range): range is Range => range !== null);
  if (present.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...present));
}

/** Sets a named highlight from many ranges (tens of thousands: added one by one, never spread). */
export function paintManyRanges(name: string, ranges: Iterable<Range | null>): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const highlight = new Highlight();
  for (const range of ranges) if (range) highlight.add(range);
  if (highlight.size === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, highlight);
}

const runsCache = new WeakMap<object, ReturnType<typeof $textRuns>>();

/**
 * The plain-text offset under a screen point in the article, or null when the point is not
 * over its text. The text-run index is built once per editor state, so hovering is cheap.
 */
export function plainOffsetAtPoint(editor: LexicalEditor, x: number, y: number): number | null {
  const root = editor.getRootElement();
  if (!root) return null;
  const documentLike = root.ownerDocument as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  };
  const position = documentLike.caretPositionFromPoint
    ? documentLike.caretPositionFromPoint(x, y)
    : (() => {
        const range = documentLike.caretRangeFromPoint(x, y);
        return range ? { offsetNode: range.startContainer, offset: range.startOffset } : null;
      })();
  const node = position?.offsetNode ?? null;
  const offset = position?.offset ?? 0;
  if (!(node instanceof Text) || !root.contains(node)) return null;
  const state = editor.getEditorState();
  let runs = runsCache.get(state);
  if (!runs) {
    runs = state.read(() => $textRuns());
    runsCache.set(state, runs);
  }
  const key = keyOfDomText(editor, node);
  const run = key ? runs.find((candidate) => candidate.key === key) : undefined;
  return run ? run.start + Math.min(offset, run.length) : null;
}

function keyOfDomText(editor: LexicalEditor, text: Text): string | null {
  return editor.read(() => {
    const node = $getNearestNodeFromDOMNode(text);
    return $isTextNode(node) ? node.getKey() : null;
  });
}
