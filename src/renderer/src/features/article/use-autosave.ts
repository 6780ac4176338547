// Renderer: saves the article AUTOSAVE_DELAY_MS after the last change and at least every
// AUTOSAVE_MAX_WAIT_MS while the translator types, at once when the document is closed,
// switched or the window is hidden; retries a failed save; refuses to overwrite a newer
// revision saved by another window.
import { errorMessage } from '@core/errors';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorState, LexicalEditor } from 'lexical';
import { registerScheduledWriter, saveDocumentContent, StorageError, useDatabase, WriteScheduler, type WriteState } from '../../db';
import { ArticleSnapshots } from '../../editor/article-snapshot';

const AUTOSAVE_DELAY_MS = 400;
/** A crash loses at most this much typing. */
const AUTOSAVE_MAX_WAIT_MS = 1000;
/** The name of the performance measure around the main-thread part of one save (bench). */
const SAVE_MEASURE = 'glossa:autosave';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict';

interface Autosave {
  state: SaveState;
  error: string | null;
  /** When (Date.now() time) the failed save will be tried again, or null. */
  retryAt: number | null;
  schedule(editorState: EditorState, editor: LexicalEditor): void;
  flush(): Promise<void>;
}

function isConflict(error: unknown): boolean {
  return error instanceof StorageError && (error.code === 'stale-revision' || error.code === 'not-found' || error.code === 'in-trash');
}

export function useAutosave(documentId: string, openedRevision: number | undefined): Autosave {
  const database = useDatabase();
  const [state, setState] = useState<{ write: WriteState; retryAt: number | null }>({ write: { status: 'saved' }, retryAt: null });
  const editorRef = useRef<LexicalEditor | null>(null);
  const snapshots = useRef<ArticleSnapshots | null>(null);
  const revision = useRef(openedRevision ?? 0);
  const schedulerRef = useRef<WriteScheduler | null>(null);

  useEffect(() => {
    revision.current = openedRevision ?? 0;
  }, [documentId, openedRevision]);

  useEffect(() => {
    const scheduler = new WriteScheduler({
      delayMs: AUTOSAVE_DELAY_MS,
      maxWaitMs: AUTOSAVE_MAX_WAIT_MS,
      isRetryable: (error) => !isConflict(error),
      onState: (write) => setState({ write, retryAt: write.status === 'error' && write.retryInMs !== null ? Date.now() + write.retryInMs : null }),
      write: async () => {
        const editor = editorRef.current;
        if (!editor) return;
        const started = performance.now();
        snapshots.current ??= new ArticleSnapshots(editor);
        const content = snapshots.current.take();
        const base = revision.current;
        const saving = saveDocumentContent(database, documentId, { ...content, baseRevision: base });
        performance.measure(SAVE_MEASURE, { start: started, end: performance.now() });
        await saving;
        revision.current = base + 1;
      },
    });
    schedulerRef.current = scheduler;
    // Closing or switching documents saves what was typed (release, below); the writer
    // stays registered until that save is done, so closing the window meanwhile waits for it.
    const release = registerScheduledWriter(scheduler, () => {
      snapshots.current?.dispose();
      snapshots.current = null;
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') void scheduler.flush().catch(() => undefined);
    };
    const onPageHide = () => void scheduler.flush().catch(() => undefined);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      release();
      schedulerRef.current = null;
    };
  }, [database, documentId]);

  const schedule = useCallback((_editorState: EditorState, editor: LexicalEditor) => {
    if (editorRef.current !== editor) {
      // A new editor for the same document (taken over from another window): a new cache.
      snapshots.current?.dispose();
      snapshots.current = null;
    }
    editorRef.current = editor;
    // Read only here (another window edits it): programmatic updates must not save over it.
    if (!editor.isEditable()) return;
    // Created on the first change, so its update listener sees every later one.
    snapshots.current ??= new ArticleSnapshots(editor);
    schedulerRef.current?.changed();
  }, []);

  const flush = useCallback(() => schedulerRef.current?.flush() ?? Promise.resolve(), []);

  const write = state.write;
  const status: SaveState = write.status === 'error' && isConflict(write.error) ? 'conflict' : write.status;
  const error = write.status === 'error' ? errorMessage(write.error) : null;
  return { state: status, error, retryAt: state.retryAt, schedule, flush };
}
