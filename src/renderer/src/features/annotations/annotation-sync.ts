// Renderer: keeps annotation rows and the marks in the article in step.
//
// The marks in the editor are the truth about where an annotation is:
// - a mark that appears (undo of a deletion, redo of a creation, paste after cut)
//   brings its annotation back, anchored;
// - a mark that disappears because its creation was undone deletes the annotation
//   (the undo restores exactly the editor state from before the creation, which is
//   how it is recognised);
// - any other disappearance (the annotated words were deleted) makes it an orphan:
//   listed, never dropped.
import { $getRoot, type EditorState, type LexicalEditor } from 'lexical';
import { anchorAll, describeRange, needsCheck } from '@core/anchoring';
import type { Annotation, AnnotationStatus } from '@core/model';
import { deleteAnnotation, getAnnotation, restoreAnnotation, updateAnchors, updateAnnotation, type AnchorUpdate, type GlossaDatabase } from '../../db';
import { listAnnotationsByIds } from './annotation-queries';
import { AnnotationMarkNode } from '../../editor/annotations/annotation-mark-node';
import { $collectMarkIds, $collectMarkRanges, $dropDuplicateMarks, $markManyOffsets, $removeMarks } from '../../editor/annotations/mark-ranges';

export const HISTORY_MERGE = 'history-merge';

export interface AnnotationSync {
  /** Record that `id` was created by the update that followed `before`. */
  noteCreation(before: EditorState, id: string): void;
  /** `id`'s suggestion replaced `original` (the flag's status was `status`). */
  noteApplied(id: string, applied: { status: AnnotationStatus; original: string; suggestion: string }): void;
  /** Ids whose marks are being removed on purpose (deletion from a card). */
  noteDeletion(id: string): void;
  dispose(): void;
}

export function startAnnotationSync(editor: LexicalEditor, db: GlossaDatabase, onError: (error: unknown) => void): AnnotationSync {
  const createdFrom = new WeakMap<EditorState, Set<string>>();
  const applied = new Map<string, { status: AnnotationStatus; original: string; suggestion: string }>();
  // Undoing "apply suggestion" brings the old words back, so the flag is open again;
  // redoing it makes it fixed again. Told apart by the words under the mark, which is
  // robust to whatever else history merged into the same step.
  const unregisterUndo = editor.registerUpdateListener(({ editorState, tags }) => {
    if (!tags.has('historic') || applied.size === 0) return;
    editorState.read(() => {
      const text = $getRoot().getTextContent();
      const ranges = $collectMarkRanges();
      for (const [id, record] of applied) {
        const range = ranges.get(id);
        if (!range) continue;
        const words = text.slice(range.start, range.end);
        if (words === record.original) report(updateAnnotation(db, id, { status: record.status }));
        else if (words === record.suggestion) report(updateAnnotation(db, id, { status: 'fixed' }));
      }
    });
  });
  const deliberate = new Set<string>();
  let present = editor.getEditorState().read(() => $collectMarkIds());

  const report = (work: Promise<unknown>) => void work.catch(onError);

  const unregister = editor.registerMutationListener(
    AnnotationMarkNode,
    (mutations, { updateTags, prevEditorState }) => {
      let structural = false;
      for (const mutation of mutations.values()) if (mutation !== 'updated') structural = true;
      if (!structural) return;
      const state = editor.getEditorState();
      const next = state.read(() => $collectMarkIds());
      const appeared = [...next].filter((id) => !present.has(id));
      const disappeared = [...present].filter((id) => !next.has(id));
      present = next;

      if (updateTags.has('paste')) {
        // Copy and paste can duplicate a mark; the earlier occurrence keeps the id.
        const before = prevEditorState.read(() => $collectMarkIds());
        const duplicated = [...next].filter((id) => before.has(id));
        if (duplicated.length > 0) editor.update(() => $dropDuplicateMarks(duplicated), { tag: HISTORY_MERGE });
      }

      for (const id of appeared) {
        deliberate.delete(id);
        report(bringBack(editor, db, id));
      }
      const undoneCreations = updateTags.has('historic') ? createdFrom.get(state) : undefined;
      for (const id of disappeared) {
        if (deliberate.has(id)) continue;
        if (undoneCreations?.has(id)) report(deleteAnnotation(db, id));
        else report(orphan(db, id));
      }
    },
    { skipInitialization: true },
  );

  return {
    noteCreation(before, id) {
      const ids = createdFrom.get(before) ?? new Set<string>();
      ids.add(id);
      createdFrom.set(before, ids);
    },
    noteApplied(id, record) {
      applied.set(id, record);
    },
    noteDeletion(id) {
      deliberate.add(id);
    },
    dispose() {
      unregister();
      unregisterUndo();
    },
  };
}

async function orphan(db: GlossaDatabase, id: string): Promise<void> {
  const annotation = await getAnnotation(db, id);
  if (!annotation || annotation.deletedAt) return;
  await updateAnchors(db, [{ id, selectors: annotation.selectors, anchorState: 'orphan', anchorConfidence: 0 }]);
}

/** Stores where each annotation's marks now are (called on autosave and after changes). */
export function anchorUpdatesFor(editorState: EditorState, annotations: readonly Annotation[], only?: readonly string[]): AnchorUpdate[] {
  return editorState.read(() => {
    const text = $getRoot().getTextContent();
    const ranges = $collectMarkRanges();
    const updates: AnchorUpdate[] = [];
    for (const annotation of annotations) {
      if (only && !only.includes(annotation.id)) continue;
      const range = ranges.get(annotation.id);
      if (!range) continue;
      const selectors = describeRange(text, range.start, range.end);
      // A "needs check" anchor stays so until the translator confirms it.
      const fuzzy = annotation.anchorState === 'fuzzy';
      updates.push({
        id: annotation.id,
        selectors,
        anchorState: fuzzy ? 'fuzzy' : 'anchored',
        ...(fuzzy && annotation.anchorConfidence !== undefined ? { anchorConfidence: annotation.anchorConfidence } : {}),
      });
    }
    return updates;
  });
}

async function bringBack(editor: LexicalEditor, db: GlossaDatabase, id: string): Promise<void> {
  // A mark pasted from elsewhere may carry an id this database never had.
  if (!(await getAnnotation(db, id))) return;
  await restoreAnnotation(db, id);
  await refreshAnchors(editor, db, [id]);
}

async function refreshAnchors(editor: LexicalEditor, db: GlossaDatabase, ids: string[]): Promise<void> {
  const annotations = await listAnnotationsByIds(db, ids);
  const updates = anchorUpdatesFor(editor.getEditorState(), annotations).map((update) =>
    update.anchorState === 'fuzzy' ? update : { ...update, anchorState: 'anchored' as const },
  );
  if (updates.length > 0) await updateAnchors(db, updates);
}

/**
 * On open: marks and rows are reconciled. A row whose mark is missing (re-import,
 * external change) is re-anchored from its selectors: exact quote, then position,
 * then fuzzy; one that cannot be found is an orphan. Marks whose row is gone are removed.
 * Runs as a history-merge update, so it is not something the translator can undo.
 */
/**
 * `madeHere`: annotations marked in this window since the document opened. Their rows may be
 * newer than `annotations` (the first answer of the live query), so their marks are kept.
 */
export async function reconcile(
  editor: LexicalEditor,
  db: GlossaDatabase,
  annotations: readonly Annotation[],
  madeHere: ReadonlySet<string> = new Set(),
): Promise<void> {
  const known = new Set([...annotations.map((annotation) => annotation.id), ...madeHere]);
  const updates: AnchorUpdate[] = [];
  editor.update(
    () => {
      const marked = $collectMarkIds();
      for (const id of marked) if (!known.has(id)) $removeMarks(id);
      const text = $getRoot().getTextContent();
      const missing: Annotation[] = [];
      for (const annotation of annotations) {
        if (marked.has(annotation.id)) {
          if (annotation.anchorState === 'orphan') {
            updates.push({ id: annotation.id, selectors: annotation.selectors, anchorState: 'anchored' });
          }
        } else if (annotation.anchorState !== 'orphan') {
          missing.push(annotation);
        }
      }
      // One batch: exact matches and fuzzy searches are shared between annotations.
      const results = anchorAll(text, missing);
      const found = missing.flatMap((annotation, index) => {
        const result = results[index]!;
        return result.state === 'orphan' ? [] : [{ annotation, result, id: annotation.id, start: result.start, end: result.end }];
      });
      const placed = $markManyOffsets(found);
      for (const { annotation, result } of found) {
        if (!placed.has(annotation.id)) continue;
        // Only a low-confidence anchor asks the translator to check it.
        const uncertain = needsCheck(result);
        updates.push({
          id: annotation.id,
          selectors: describeRange(text, result.start, result.end),
          anchorState: uncertain ? 'fuzzy' : 'anchored',
          ...(uncertain ? { anchorConfidence: result.confidence } : {}),
        });
      }
      for (const annotation of missing) {
        if (!placed.has(annotation.id)) {
          updates.push({ id: annotation.id, selectors: annotation.selectors, anchorState: 'orphan', anchorConfidence: 0 });
        }
      }
    },
    { tag: HISTORY_MERGE, discrete: true },
  );
  if (updates.length > 0) await updateAnchors(db, updates);
}
