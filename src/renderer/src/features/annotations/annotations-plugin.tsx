// Renderer: the Lexical side of annotations, registered on the article's editor: marks and
// rows reconciled once and kept in step, selectors stored as the text changes, the caret
// activating the note of the words it is in, marks coloured by kind with the active one
// standing out, and ANNOTATE_COMMAND (the menu, the keys and the floating toolbar dispatch
// it). It renders nothing; what it changes goes to the annotation store and the database.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, createCommand, SELECTION_CHANGE_COMMAND, type LexicalCommand, type LexicalNode } from 'lexical';
import type { AnnotationKind } from '@core/model';
import { registerScheduledWriter, updateAnchors, WriteScheduler, type GlossaDatabase } from '../../db';
import { $isAnnotationMarkNode, AnnotationMarkNode } from '../../editor/annotations/annotation-mark-node';
import type { AnnotationActions } from './annotation-actions';
import type { AnnotationStore } from './annotation-store';
import { anchorUpdatesFor, reconcile, startAnnotationSync, type AnnotationSync } from './annotation-sync';
import { decorateMarks } from './mark-decoration';

/** Marks the selected words as an annotation of the given kind. */
export const ANNOTATE_COMMAND: LexicalCommand<AnnotationKind> = createCommand('ANNOTATE_COMMAND');

const ANCHOR_SAVE_DELAY_MS = 500;
/** While the translator types without a pause, the selectors are stored at least this often. */
const ANCHOR_SAVE_MAX_WAIT_MS = 2000;

interface AnnotationsPluginProps {
  db: GlossaDatabase;
  store: AnnotationStore;
  actions: AnnotationActions;
  /** Reconciling runs once per opened document, however often the plugin's effects re-run. */
  reconciled: { current: Promise<void> | null };
  /** Where the running marks ↔ rows sync is kept, for the actions that report to it. */
  sync: { current: AnnotationSync | null };
  onError(error: unknown): void;
}

function innermostMarkId(node: LexicalNode | null): string | null {
  for (let current = node; current; current = current.getParent()) {
    if ($isAnnotationMarkNode(current)) {
      const ids = current.getIDs();
      return ids[ids.length - 1] ?? null;
    }
  }
  return null;
}

export function AnnotationsPlugin({ db, store, actions, reconciled, sync, onError }: AnnotationsPluginProps): null {
  const [editor] = useLexicalComposerContext();

  // Reconcile once the rows are loaded, then keep marks and rows in step.
  useEffect(() => {
    let disposed = false;
    let running: AnnotationSync | null = null;
    const startSync = () => {
      if (disposed || running) return;
      running = startAnnotationSync(editor, db, onError);
      sync.current = running;
    };
    const onState = () => {
      const state = store.getState();
      if (!state.loaded) return;
      unsubscribe();
      reconciled.current ??= reconcile(editor, db, state.annotations, store.madeHere()).catch(onError);
      void reconciled.current.then(startSync);
    };
    const unsubscribe = store.subscribe(onState);
    onState();
    return () => {
      disposed = true;
      unsubscribe();
      running?.dispose();
      if (sync.current === running) sync.current = null;
    };
  }, [db, editor, onError, reconciled, store, sync]);

  // Selectors follow the text: stored shortly after edits, like the article itself, and
  // registered as a pending write, so an export (or a backup, or closing) stores them first
  // and never pairs new text with old offsets.
  useEffect(() => {
    const writer = new WriteScheduler({
      delayMs: ANCHOR_SAVE_DELAY_MS,
      maxWaitMs: ANCHOR_SAVE_MAX_WAIT_MS,
      write: async () => {
        const updates = anchorUpdatesFor(editor.getEditorState(), store.getState().annotations);
        if (updates.length > 0) await updateAnchors(db, updates).catch(onError);
      },
    });
    const release = registerScheduledWriter(writer);
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      writer.changed();
    });
    return () => {
      unregister();
      release();
    };
  }, [db, editor, onError, store]);

  // Putting the caret in (or clicking) marked words activates their note.
  useEffect(
    () =>
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) store.setActive(innermostMarkId(selection.anchor.getNode()));
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, store],
  );

  // Kinds colour their marks; the active annotation's marks stand out. Redone when the rows
  // or the active one change, and when marks do: typing elsewhere costs nothing here.
  useEffect(() => {
    let shown: { annotations: unknown; activeId: string | null } = { annotations: null, activeId: null };
    const decorate = (force: boolean) => {
      const { annotations, activeId } = store.getState();
      if (!force && shown.annotations === annotations && shown.activeId === activeId) return;
      const root = editor.getRootElement();
      if (!root) return;
      shown = { annotations, activeId };
      decorateMarks(root, annotations, activeId);
    };
    decorate(true);
    const unsubscribe = store.subscribe(() => decorate(false));
    const unregister = editor.registerMutationListener(AnnotationMarkNode, () => decorate(true), { skipInitialization: true });
    return () => {
      unsubscribe();
      unregister();
    };
  }, [editor, store]);

  useEffect(
    () =>
      editor.registerCommand(
        ANNOTATE_COMMAND,
        (kind) => {
          // Command listeners run inside an editor update; marking the words reads the
          // live selection and commits its own update, so it starts once this one is done
          // (still before the next key event, which the new card's capture field takes).
          queueMicrotask(() => void actions.create(kind));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, actions],
  );

  return null;
}
