// Renderer: saves the article at most AUTOSAVE_DELAY_MS after the last change, and
// at once when the document is closed, switched or the window is hidden.
import { useCallback, useEffect, useRef, useState } from 'react';
import { $getRoot, type EditorState } from 'lexical';
import { countWords } from '@core/formats/documents/plain-text';
import { saveDocumentContent, useDatabase } from '../../db';

export const AUTOSAVE_DELAY_MS = 400;
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

export interface Autosave {
  state: SaveState;
  error: string | null;
  schedule(editorState: EditorState): void;
  flush(): Promise<void>;
}

export function useAutosave(documentId: string): Autosave {
  const database = useDatabase();
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<EditorState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const editorState = pending.current;
    if (!editorState) return inFlight.current;
    pending.current = null;
    // Serialise only here, not on every keystroke: typing stays cheap in long articles.
    const plainText = editorState.read(() => $getRoot().getTextContent());
    const content = { editorState: JSON.stringify(editorState.toJSON()), plainText, wordCount: countWords(plainText) };
    setState('saving');
    inFlight.current = inFlight.current
      .then(() => saveDocumentContent(database, documentId, content))
      .then(
        () => {
          setError(null);
          setState(pending.current ? 'unsaved' : 'saved');
        },
        (cause: unknown) => {
          setError(cause instanceof Error ? cause.message : String(cause));
          setState('error');
        },
      );
    return inFlight.current;
  }, [database, documentId]);

  const schedule = useCallback(
    (editorState: EditorState) => {
      pending.current = editorState;
      setState('unsaved');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onPageHide);
      // Closing or switching documents saves what was typed.
      void flush();
    };
  }, [flush]);

  return { state, error, schedule, flush };
}
