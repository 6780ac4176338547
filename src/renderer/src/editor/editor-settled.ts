// Renderer editor layer: "after the editor settles": run something once the text has not
// changed for a while (re-measure the margin, re-run QA, re-match terms). Only updates that
// changed nodes count: selection moves and decorations alone do not restart the wait.
import type { EditorState, LexicalEditor } from 'lexical';

/** Calls `onEdited` after every update that changed the text (not for selection-only updates). */
export function registerEditorEdited(editor: LexicalEditor, onEdited: (editorState: EditorState) => void): () => void {
  return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, editorState }) => {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0) onEdited(editorState);
  });
}

/** Calls `onSettled` once `delayMs` have passed with no edit since the last one. */
export function registerEditorSettled(editor: LexicalEditor, delayMs: number, onSettled: (editorState: EditorState) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unregister = registerEditorEdited(editor, (editorState) => {
    clearTimeout(timer);
    timer = setTimeout(() => onSettled(editorState), delayMs);
  });
  return () => {
    clearTimeout(timer);
    unregister();
  };
}
