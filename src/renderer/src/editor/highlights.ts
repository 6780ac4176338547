// Renderer (editor): paints ranges of the plain text (QA findings, later glossary hits)
// with the CSS Custom Highlight API. Nothing enters the document or its history.
import type { LexicalEditor } from 'lexical';
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
