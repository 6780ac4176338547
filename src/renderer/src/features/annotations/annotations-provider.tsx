// Renderer: the annotations of the open document, for everything inside its LexicalComposer.
// Made once per document: the store (rows from the database's live query, the active note,
// the card to focus), the actions over the editor and the database, and the annotations
// plugin on the editor. Components read them through use-annotations.ts.
import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { errorMessage } from '@core/errors';
import { useAnnotations, useDatabase } from '../../db';
import { useNotices } from '../../ui/notices';
import { createAnnotationActions } from './annotation-actions';
import { AnnotationStore } from './annotation-store';
import type { AnnotationSync } from './annotation-sync';
import { AnnotationsPlugin } from './annotations-plugin';
import { AnnotationsSessionContext } from './use-annotations';

export function AnnotationsProvider({ docId, children }: { docId: string; children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const db = useDatabase();
  const { notify } = useNotices();
  const live = useAnnotations(docId);

  const session = useMemo(() => {
    const store = new AnnotationStore(docId);
    const sync: { current: AnnotationSync | null } = { current: null };
    const actions = createAnnotationActions({ editor, db, store, notify, sync: () => sync.current });
    return { store, actions, sync, reconciled: { current: null as Promise<void> | null } };
  }, [db, docId, editor, notify]);

  // The live query's answer goes to the store before the browser paints, so what reads the
  // store never shows a document's rows a frame late.
  useLayoutEffect(() => session.store.setRows(live), [live, session]);

  const onError = useCallback((error: unknown) => notify('error', `Annotations could not be saved: ${errorMessage(error)}`), [notify]);

  // The capture field lives in the article's landmark, beside the words being marked.
  const [landmark, setLandmark] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => editor.registerRootListener((root) => setLandmark(root?.closest('main') ?? null)), [editor]);

  const captureField = (
    <textarea
      ref={(field) => session.store.setCaptureField(field)}
      className="key-capture"
      aria-label="Text of the new annotation"
      tabIndex={-1}
      onKeyDown={(event) => {
        const id = session.store.capturing();
        if (event.key === 'Escape' && id) {
          event.preventDefault();
          session.store.clearFocusRequest();
          session.actions.returnToText(id);
        }
      }}
    />
  );

  return (
    <AnnotationsSessionContext.Provider value={session}>
      <AnnotationsPlugin db={db} store={session.store} actions={session.actions} reconciled={session.reconciled} sync={session.sync} onError={onError} />
      {children}
      {landmark ? createPortal(captureField, landmark) : captureField}
    </AnnotationsSessionContext.Provider>
  );
}
