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

const CHUNK = 3000;

/**
 * Paints many spans into named highlights: the ranges are made a chunk at a time, yielding
 * to the event loop between chunks, and the highlights are registered once at the end
 * (Blink re-walks every range of a registered highlight when one is added, so growing a
 * registered highlight chunk by chunk is quadratic). `highlightOf(span)` names the
 * highlight each span goes to. Returns a function that stops painting.
 */
export function paintSpansInChunks<T extends { start: number; end: number }>(
  editor: LexicalEditor,
  spans: readonly T[],
  highlightOf: (span: T) => string,
  onDone?: () => void,
): () => void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return () => undefined;
  let stopped = false;
  const highlights = new Map<string, Highlight>();
  const runs = editor.getEditorState().read(() => $textRuns());
  const texts = new Map<string, Text | null>();
  const textOf = (key: string) => {
    if (!texts.has(key)) texts.set(key, domTextOf(editor.getElementByKey(key)));
    return texts.get(key) ?? null;
  };
  let index = 0;
  const step = () => {
    if (stopped) return;
    const end = Math.min(spans.length, index + CHUNK);
    for (; index < end; index += 1) {
      const span = spans[index]!;
      const from = runAt(runs, span.start, false);
      const to = runAt(runs, span.end, true);
      const fromText = from ? textOf(from.key) : null;
      const toText = to ? textOf(to.key) : null;
      if (!from || !to || !fromText || !toText) continue;
      const name = highlightOf(span);
      let highlight = highlights.get(name);
      if (!highlight) {
        highlight = new Highlight();
        highlights.set(name, highlight);
      }
      try {
        const range = document.createRange();
        range.setStart(fromText, span.start - from.start);
        range.setEnd(toText, span.end - to.start);
        highlight.add(range);
      } catch {
        // The text changed under this span; the next match will paint it again.
      }
    }
    if (index < spans.length) {
      setTimeout(step, 0);
      return;
    }
    for (const [name, highlight] of highlights) CSS.highlights.set(name, highlight);
    onDone?.();
  };
  step();
  return () => {
    stopped = true;
  };
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
  return plainOffsetAtDom(editor, position?.offsetNode ?? null, position?.offset ?? 0);
}

/**
 * The plain-text offset of the caret when it is a caret (not a selection of words) in the
 * article, or null: what the keyboard is on, as plainOffsetAtPoint is what the pointer is on.
 */
export function plainOffsetAtCaret(editor: LexicalEditor): number | null {
  const root = editor.getRootElement();
  const selection = root?.ownerDocument.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  return plainOffsetAtDom(editor, selection.anchorNode, selection.anchorOffset);
}

function plainOffsetAtDom(editor: LexicalEditor, node: Node | null, offset: number): number | null {
  const root = editor.getRootElement();
  if (!root || !(node instanceof Text) || !root.contains(node)) return null;
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
