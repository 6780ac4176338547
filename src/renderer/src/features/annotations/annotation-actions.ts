// Renderer: what can be done with the open document's annotations: mark words (from the
// selection or from plain-text offsets), apply a suggestion, delete, edit, reply, confirm
// an anchor, go back to the words. Plain functions over the editor, the database and the
// annotation store, made once per document, so the object never changes and reading it
// re-renders nothing. The Lexical side (commands, listeners) is in annotations-plugin.tsx.
import { $getNearestNodeFromDOMNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $setSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { describeRange } from '@core/anchoring';
import { errorMessage } from '@core/errors';
import type { Annotation, AnnotationKind } from '@core/model';
import {
  addReply,
  deleteReply,
  editReply,
  restoreReply,
  createAnnotation,
  deleteAnnotation,
  flushPendingWrites,
  getAnnotation,
  getSetting,
  newId,
  updateAnchors,
  updateAnnotation,
  type AnnotationPatch,
  type GlossaDatabase,
} from '../../db';
import { $collectMarkRanges, $markOffsets, $removeMarks } from '../../editor/annotations/mark-ranges';
import { $liveSelection, $selectOffsets, $selectionOffsets } from '../../editor/annotations/text-offsets';
import type { Notice } from '../../ui/notices';
import type { AnnotationSync } from './annotation-sync';
import type { AnnotationStore } from './annotation-store';
import { firstMarkElement } from './mark-decoration';

type AnnotationFields = Partial<Pick<Annotation, 'body' | 'suggestion' | 'mqmCategory' | 'severity'>>;

export interface AnnotationActions {
  readonly docId: string;
  activate(id: string | null, options?: { scroll?: boolean; focusCard?: boolean }): void;
  /** Annotates the selected words; resolves to the new annotation's id, or null when nothing was made. */
  create(kind: AnnotationKind): Promise<string | null>;
  /** Annotates plain-text offsets (a QA finding turned into a flag); returns the new id or null. */
  createAt(kind: AnnotationKind, start: number, end: number, fields?: AnnotationFields): Promise<string | null>;
  /** Replaces the flagged words with the suggestion in one undo step, and marks the flag fixed. */
  applySuggestion(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  update(id: string, patch: AnnotationPatch): Promise<void>;
  reply(id: string, body: string): Promise<void>;
  /** The reviewer's own replies only: rewrite one, or delete it (its message has Undo). */
  editReply(id: string, replyId: string, body: string): Promise<void>;
  deleteReply(id: string, replyId: string): Promise<void>;
  confirmAnchor(id: string): Promise<void>;
  /** Puts the caret back into the article, at the annotation's words when given. */
  returnToText(id?: string): void;
  /** What was typed for a new annotation before its card was there (taken once). */
  takeCapturedText(id: string): string;
  clearFocusRequest(id?: string): void;
}

interface AnnotationActionsDeps {
  editor: LexicalEditor;
  db: GlossaDatabase;
  store: AnnotationStore;
  notify(tone: Notice['tone'], message: string, options?: { action?: { label: string; run(): void } }): void;
  /** Marks ↔ rows bookkeeping, once reconcile has run. */
  sync(): AnnotationSync | null;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}

/** The name on new annotations and replies: the one set in the Annotations panel, read when used. */
async function authorName(db: GlossaDatabase): Promise<string> {
  return (await getSetting(db, 'authorName', '')).trim() || 'Translator';
}

export function createAnnotationActions({ editor, db, store, notify, sync }: AnnotationActionsDeps): AnnotationActions {
  const docId = store.getState().docId;
  const find = (id: string) => store.getState().byId.get(id);

  const update = async (id: string, patch: AnnotationPatch) => {
    try {
      await updateAnnotation(db, id, patch);
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  const returnToText = (id?: string) => {
    const root = editor.getRootElement();
    const mark = id && root ? firstMarkElement(root, id) : null;
    // The caret after the words, in Lexical's own selection: editor.focus() re-applies that
    // selection in a later update, so a caret set only in the DOM was undone by it (the words
    // of a new note came back selected, and the next key typed over them).
    if (mark) {
      editor.update(
        () => {
          const node = $getNearestNodeFromDOMNode(mark);
          if ($isElementNode(node)) node.selectEnd();
        },
        { discrete: true },
      );
    }
    editor.focus();
  };

  const annotateRange = async (
    kind: AnnotationKind,
    range: { start: number; end: number; text: string },
    fields: AnnotationFields = {},
    options: { captureKeys?: boolean; focusCard?: boolean } = {},
  ): Promise<string | null> => {
    const focusCard = options.focusCard !== false;
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
        // Made from elsewhere (the review queue), the keyboard stays there: the DOM selection is not moved into the article.
        { discrete: true, ...(focusCard ? {} : { tag: SKIP_DOM_SELECTION_TAG }) },
      );
    } catch (error) {
      notify('error', `Could not create the annotation: ${errorMessage(error)}`);
      return null;
    }
    if (!marked) {
      notify('error', 'The selected words changed before they could be annotated. Select them again.');
      return null;
    }
    store.noteMade(id);
    if (options.captureKeys !== false) store.beginCapture(id);
    store.setActive(id);
    if (focusCard) store.requestFocus(id);
    try {
      await createAnnotation(db, {
        id,
        docId,
        kind,
        quote: range.text.slice(range.start, range.end),
        selectors: describeRange(range.text, range.start, range.end),
        author: await authorName(db),
        ...fields,
      });
      sync()?.noteCreation(before, id);
      return id;
    } catch (error) {
      editor.update(() => $removeMarks(id), { discrete: true, tag: 'history-merge' });
      if (store.cancelCapture(id)) editor.focus();
      store.deactivate(id);
      store.clearFocusRequest(id);
      notify('error', `Could not create the annotation: ${errorMessage(error)}`);
      return null;
    }
  };

  return {
    docId,
    activate(id, options = {}) {
      store.setActive(id);
      if (id && options.focusCard) store.requestFocus(id);
      if (id && options.scroll) {
        const root = editor.getRootElement();
        const mark = root ? firstMarkElement(root, id) : null;
        mark?.scrollIntoView({ block: 'center', behavior: 'auto' });
      }
    },
    async create(kind) {
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
    async createAt(kind, start, end, fields) {
      const text = editor.getEditorState().read(() => $getRoot().getTextContent());
      if (start < 0 || end > text.length || end <= start) return null;
      // From the review queue: the queue keeps the keyboard (F, J, K), so no key capture and no focus on the card.
      return annotateRange(kind, { start, end, text }, fields, { captureKeys: false, focusCard: false });
    },
    async applySuggestion(id) {
      // A suggestion typed a moment ago may still be a card draft: store it, then read it back.
      await flushPendingWrites().catch(() => undefined);
      const annotation = (await getAnnotation(db, id)) ?? find(id);
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
      sync()?.noteApplied(id, { status: annotation.status, original, suggestion });
      await update(id, { status: 'fixed' });
    },
    async remove(id) {
      try {
        sync()?.noteDeletion(id);
        editor.update(() => $removeMarks(id), { discrete: true });
        await deleteAnnotation(db, id);
        store.deactivate(id);
      } catch (error) {
        notify('error', `Could not delete the annotation: ${errorMessage(error)}`);
      }
    },
    update,
    async reply(id, body) {
      try {
        await addReply(db, id, { author: await authorName(db), body });
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    async editReply(id, replyId, body) {
      try {
        await editReply(db, id, replyId, { author: await authorName(db), body });
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    async deleteReply(id, replyId) {
      try {
        const removed = await deleteReply(db, id, replyId, await authorName(db));
        notify('info', 'Reply deleted.', { action: { label: 'Undo', run: () => void restoreReply(db, id, removed).catch((error: unknown) => notify('error', errorMessage(error))) } });
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    async confirmAnchor(id) {
      const annotation = find(id);
      if (!annotation) return;
      await updateAnchors(db, [{ id, selectors: annotation.selectors, anchorState: 'anchored' }]).catch((error: unknown) =>
        notify('error', `Annotations could not be saved: ${errorMessage(error)}`),
      );
    },
    returnToText,
    takeCapturedText: (id) => store.takeCapturedText(id),
    clearFocusRequest: (id) => store.clearFocusRequest(id),
  };
}
