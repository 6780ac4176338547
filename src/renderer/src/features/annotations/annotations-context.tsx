// Renderer: the annotations of the open document, the active one, and what can be done
// with them. Lives inside the LexicalComposer, next to the editor it keeps in step.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_LOW, SELECTION_CHANGE_COMMAND, type LexicalNode } from 'lexical';
import { describeRange } from '@core/anchoring';
import type { Annotation, AnnotationKind } from '@core/model';
import {
  addReply,
  createAnnotation,
  deleteAnnotation,
  flushPendingWrites,
  getAnnotation,
  getSetting,
  newId,
  registerPendingWriter,
  updateAnchors,
  updateAnnotation,
  useAnnotations,
  useDatabase,
  useSetting,
  WriteScheduler,
  type AnnotationPatch,
} from '../../db';
import { $isAnnotationMarkNode, AnnotationMarkNode } from '../../editor/annotations/annotation-mark-node';
import { $collectMarkRanges, $markOffsets, $removeMarks } from '../../editor/annotations/mark-ranges';
import { $liveSelection, $selectOffsets, $selectionOffsets } from '../../editor/annotations/text-offsets';
import { useNotices } from '../../ui/notices';
import { anchorUpdatesFor, reconcile, startAnnotationSync, type AnnotationSync } from './annotation-sync';
import { decorateMarks, firstMarkElement } from './mark-decoration';
import { errorMessage } from '@core/errors';

export interface AnnotationsApi {
  docId: string;
  annotations: readonly Annotation[];
  loaded: boolean;
  activeId: string | null;
  /** The card whose body should take focus once it is mounted. */
  focusRequest: string | null;
  clearFocusRequest(): void;
  activate(id: string | null, options?: { scroll?: boolean; focusCard?: boolean }): void;
  /** Annotates the selected words; resolves to the new annotation's id, or null when nothing was made. */
  create(kind: AnnotationKind): Promise<string | null>;
  /** Annotates plain-text offsets (a QA finding turned into a flag); returns the new id or null. */
  createAt(kind: AnnotationKind, start: number, end: number, fields?: Partial<Pick<Annotation, 'body' | 'suggestion' | 'mqmCategory' | 'severity'>>): Promise<string | null>;
  /** Replaces the flagged words with the suggestion in one undo step, and marks the flag fixed. */
  applySuggestion(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  update(id: string, patch: AnnotationPatch): Promise<void>;
  reply(id: string, body: string): Promise<void>;
  confirmAnchor(id: string): Promise<void>;
  /** Puts the caret back into the article, at the annotation's words when given. */
  returnToText(id?: string): void;
  /**
   * What was typed for a new annotation before its card was there (the keys go to a
   * capture field the moment the words are marked); the card takes it once, when it mounts.
   */
  takeCapturedText(id: string): string;
}

const AnnotationsContext = createContext<AnnotationsApi | null>(null);
const NO_ANNOTATIONS: readonly Annotation[] = [];
const ANCHOR_SAVE_DELAY_MS = 500;
/** While the translator types without a pause, the selectors are stored at least this often. */
const ANCHOR_SAVE_MAX_WAIT_MS = 2000;

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
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

export function AnnotationsProvider({ docId, children }: { docId: string; children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const db = useDatabase();
  const { notify } = useNotices();
  const live = useAnnotations(docId);
  const annotations = live ?? NO_ANNOTATIONS;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const sync = useRef<AnnotationSync | null>(null);
  const latest = useRef(annotations);
  useEffect(() => {
    latest.current = annotations;
  }, [annotations]);

  const onError = useCallback((error: unknown) => notify('error', `Annotations could not be saved: ${errorMessage(error)}`), [notify]);
  const authorSetting = useSetting('authorName', '');
  const author = useRef('Translator');
  useEffect(() => {
    author.current = authorSetting?.trim() || 'Translator';
  }, [authorSetting]);
  const capture = useRef<HTMLTextAreaElement>(null);
  const capturedFor = useRef<string | null>(null);

  // Reconcile once per opened document, then keep marks and rows in step.
  const reconciled = useRef(false);
  useEffect(() => {
    if (live === undefined || reconciled.current) return;
    reconciled.current = true;
    void reconcile(editor, db, live)
      .catch(onError)
      .finally(() => {
        sync.current = startAnnotationSync(editor, db, onError);
      });
  }, [db, editor, live, onError]);
  useEffect(() => () => sync.current?.dispose(), []);

  // Selectors follow the text: stored shortly after edits, like the article itself, and
  // registered as a pending write, so an export (or a backup, or closing) stores them first
  // and never pairs new text with old offsets.
  useEffect(() => {
    const writer = new WriteScheduler({
      delayMs: ANCHOR_SAVE_DELAY_MS,
      maxWaitMs: ANCHOR_SAVE_MAX_WAIT_MS,
      write: async () => {
        const updates = anchorUpdatesFor(editor.getEditorState(), latest.current);
        if (updates.length > 0) await updateAnchors(db, updates).catch(onError);
      },
    });
    const unregisterWriter = registerPendingWriter({ flush: () => writer.flush(), hasPending: () => writer.hasPending() });
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      writer.changed();
    });
    return () => {
      unregister();
      void writer
        .flush()
        .catch(() => undefined)
        .finally(() => {
          writer.dispose();
          unregisterWriter();
        });
    };
  }, [db, editor, onError]);

  // Putting the caret in (or clicking) marked words activates their note.
  useEffect(
    () =>
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) setActiveId(innermostMarkId(selection.anchor.getNode()));
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  // Kinds colour their marks; the active annotation's marks stand out.
  useEffect(() => {
    const root = editor.getRootElement();
    if (root) decorateMarks(root, annotations, activeId);
    // Only when marks change: typing elsewhere costs nothing here.
    return editor.registerMutationListener(
      AnnotationMarkNode,
      () => {
        const element = editor.getRootElement();
        if (element) decorateMarks(element, latest.current, activeId);
      },
      { skipInitialization: true },
    );
  }, [annotations, activeId, editor]);

  const activate = useCallback<AnnotationsApi['activate']>(
    (id, options = {}) => {
      setActiveId(id);
      if (id && options.focusCard) setFocusRequest(id);
      if (id && options.scroll) {
        const root = editor.getRootElement();
        const mark = root ? firstMarkElement(root, id) : null;
        mark?.scrollIntoView({ block: 'center', behavior: 'auto' });
      }
    },
    [editor],
  );

  const update = useCallback(
    async (id: string, patch: AnnotationPatch) => {
      try {
        await updateAnnotation(db, id, patch);
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    [db, notify],
  );

  const annotateRange = useCallback(
    async (
      kind: AnnotationKind,
      range: { start: number; end: number; text: string },
      fields: Partial<Pick<Annotation, 'body' | 'suggestion' | 'mqmCategory' | 'severity'>> = {},
      options: { captureKeys?: boolean } = {},
    ): Promise<string | null> => {
      // Everything up to the first await runs in the task of the shortcut or the click: the
      // words are marked and the keyboard moves to the capture field before another key can
      // reach the article (the row is stored after, 50-80 ms later with many annotations).
      if (!editor.isEditable()) {
        notify('info', 'This document is read only here: it is open for editing in another window or tab.');
        return null;
      }
      const id = newId();
      const before = editor.getEditorState();
      let marked = false;
      try {
        editor.update(
          () => {
            marked = $markOffsets(range.start, range.end, id);
            // Keep the words selected, now inside their mark: wrapping them can leave the old
            // selection on a text node that no longer exists, which collapses it elsewhere and
            // (through the selection-change handler) deactivates the new note.
            const selection = marked ? $selectOffsets(range.start, range.end) : null;
            if (selection) $setSelection(selection);
          },
          { discrete: true },
        );
      } catch (error) {
        notify('error', `Could not create the annotation: ${errorMessage(error)}`);
        return null;
      }
      if (!marked) {
        notify('error', 'The selected words changed before they could be annotated. Select them again.');
        return null;
      }
      if (options.captureKeys !== false && capture.current) {
        capturedFor.current = id;
        capture.current.value = '';
        capture.current.focus({ preventScroll: true });
      }
      setActiveId(id);
      setFocusRequest(id);
      try {
        await createAnnotation(db, {
          id,
          docId,
          kind,
          quote: range.text.slice(range.start, range.end),
          selectors: describeRange(range.text, range.start, range.end),
          author: author.current,
          ...fields,
        });
        sync.current?.noteCreation(before, id);
        return id;
      } catch (error) {
        editor.update(() => $removeMarks(id), { discrete: true, tag: 'history-merge' });
        if (capturedFor.current === id) {
          capturedFor.current = null;
          editor.focus();
        }
        setActiveId((current) => (current === id ? null : current));
        setFocusRequest((current) => (current === id ? null : current));
        notify('error', `Could not create the annotation: ${errorMessage(error)}`);
        return null;
      }
    },
    [db, docId, editor, notify],
  );

  const takeCapturedText = useCallback((id: string) => {
    if (capturedFor.current !== id || !capture.current) return '';
    capturedFor.current = null;
    const text = capture.current.value;
    capture.current.value = '';
    return text;
  }, []);

  const create = useCallback(
    async (kind: AnnotationKind) => {
      const picked = editor.read(() => {
        // The live DOM selection wins over Lexical's copy of it: a shortcut pressed right after a
        // drag can arrive before Lexical has handled the selectionchange event.
        const selection = $liveSelection(editor) ?? $getSelection();
        if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
        const offsets = $selectionOffsets(selection);
        if (!offsets) return null;
        const text = $getRoot().getTextContent();
        const range = trimmed(text, offsets.start, offsets.end);
        return range.end > range.start ? { ...range, text } : null;
      });
      if (!picked) {
        notify('info', 'Select the words you want to annotate first.');
        return null;
      }
      return annotateRange(kind, picked);
    },
    [annotateRange, editor, notify],
  );

  const createAt = useCallback<AnnotationsApi['createAt']>(
    async (kind, start, end, fields) => {
      const text = editor.getEditorState().read(() => $getRoot().getTextContent());
      if (start < 0 || end > text.length || end <= start) return null;
      // From the review queue: the queue keeps the keyboard (F, J, K), so no key capture.
      return annotateRange(kind, { start, end, text }, fields, { captureKeys: false });
    },
    [annotateRange, editor],
  );

  const applySuggestion = useCallback(
    async (id: string) => {
      // A suggestion typed a moment ago may still be a card draft: store it, then read it back.
      await flushPendingWrites().catch(() => undefined);
      const annotation = (await getAnnotation(db, id)) ?? latest.current.find((candidate) => candidate.id === id);
      const suggestion = annotation?.suggestion;
      if (!annotation || annotation.deletedAt || suggestion === undefined) return;
      let applied = false;
      let original = '';
      editor.update(
        () => {
          const range = $collectMarkRanges().get(id);
          original = $getRoot().getTextContent().slice(range?.start ?? 0, range?.end ?? 0);
          if (!range) return;
          const selection = $selectOffsets(range.start, range.end);
          if (!selection) return;
          selection.insertText(suggestion);
          // The words changed, the annotation stays on them.
          if (suggestion.length > 0) $markOffsets(range.start, range.start + suggestion.length, id);
          applied = true;
        },
        { discrete: true },
      );
      if (!applied) {
        notify('error', 'The flagged words could not be found in the article.');
        return;
      }
      sync.current?.noteApplied(id, { status: annotation.status, original, suggestion });
      await update(id, { status: 'fixed' });
    },
    [db, editor, notify, update],
  );

  const remove = useCallback(
    async (id: string) => {
      try {
        sync.current?.noteDeletion(id);
        editor.update(() => $removeMarks(id), { discrete: true });
        await deleteAnnotation(db, id);
        setActiveId((current) => (current === id ? null : current));
      } catch (error) {
        notify('error', `Could not delete the annotation: ${errorMessage(error)}`);
      }
    },
    [db, editor, notify],
  );

  const reply = useCallback(
    async (id: string, body: string) => {
      try {
        const author = (await getSetting(db, 'authorName', '')) || 'Translator';
        await addReply(db, id, { author, body });
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    [db, notify],
  );

  const confirmAnchor = useCallback(
    async (id: string) => {
      const annotation = latest.current.find((candidate) => candidate.id === id);
      if (!annotation) return;
      await updateAnchors(db, [{ id, selectors: annotation.selectors, anchorState: 'anchored' }]).catch(onError);
    },
    [db, onError],
  );

  const returnToText = useCallback(
    (id?: string) => {
      editor.focus();
      if (!id) return;
      const root = editor.getRootElement();
      const mark = root ? firstMarkElement(root, id) : null;
      if (mark) {
        const range = document.createRange();
        range.selectNodeContents(mark);
        range.collapse(false);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
    },
    [editor],
  );

  const api = useMemo<AnnotationsApi>(
    () => ({
      docId,
      annotations,
      loaded: live !== undefined,
      activeId,
      focusRequest,
      clearFocusRequest: () => setFocusRequest(null),
      activate,
      create,
      createAt,
      applySuggestion,
      remove,
      update,
      reply,
      confirmAnchor,
      returnToText,
      takeCapturedText,
    }),
    [docId, annotations, live, activeId, focusRequest, activate, create, createAt, applySuggestion, remove, update, reply, confirmAnchor, returnToText, takeCapturedText],
  );
  return (
    <AnnotationsContext.Provider value={api}>
      {children}
      <textarea
        ref={capture}
        className="key-capture"
        aria-label="Text of the new annotation"
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && capturedFor.current) {
            event.preventDefault();
            const id = capturedFor.current;
            setFocusRequest(null);
            returnToText(id);
          }
        }}
      />
    </AnnotationsContext.Provider>
  );
}

export function useAnnotationsApi(): AnnotationsApi {
  const api = useContext(AnnotationsContext);
  if (!api) throw new Error('useAnnotationsApi must be used inside <AnnotationsProvider>');
  return api;
}
