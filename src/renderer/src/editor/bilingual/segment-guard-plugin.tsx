// Renderer (editor): runs the segment guard after every change that could break a segment,
// and keeps Backspace and Delete from joining two segments or deleting a tag.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getAdjacentNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  CUT_COMMAND,
  HISTORY_MERGE_TAG,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  type EditorState,
  type LexicalEditor,
  type PointType,
} from 'lexical';
import { $isInlineTagNode } from './inline-tag-node';
import { $isSegmentNode, type SegmentNode } from './segment-node';
import { $repairStructure, $repairTags, $restoreLocked, tagKey, type SegmentPlan } from './segment-guard';

const GUARD_TAG = 'glossa-segment-guard';

/** The segments whose tags an update may have changed: where a tag token was made or removed. */
function tagSegments(editorState: EditorState, prevEditorState: EditorState, dirtyLeaves: Set<string>): Set<string> {
  const ids = new Set<string>();
  for (const key of dirtyLeaves) {
    for (const state of [prevEditorState, editorState]) {
      const node = state._nodeMap.get(key);
      if (!$isInlineTagNode(node)) continue;
      ids.add(node.__segmentId);
      state.read(() => {
        const block = node.getTopLevelElement();
        if ($isSegmentNode(block)) ids.add(block.__segmentId);
      });
    }
  }
  return ids;
}

/** True when the point is at the very start (or end) of the block's content. */
function $atEdge(point: PointType, block: SegmentNode, edge: 'start' | 'end'): boolean {
  let node = point.getNode();
  const end = $isElementNode(node) ? node.getChildrenSize() : node.getTextContentSize();
  if (point.offset !== (edge === 'start' ? 0 : end)) return false;
  while (!node.is(block)) {
    if ((edge === 'start' ? node.getPreviousSibling() : node.getNextSibling()) !== null) return false;
    const parent = node.getParent();
    if (!parent) return false;
    node = parent;
  }
  return true;
}

function registerSegmentGuard(editor: LexicalEditor, plan: SegmentPlan): () => void {
  const inFlight = new Set<string>();
  const protect = (direction: 'backward' | 'forward') => (event: KeyboardEvent | null) => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
    const block = selection.anchor.getNode().getTopLevelElement();
    if (!$isSegmentNode(block)) return false;
    const adjacent = $getAdjacentNode(selection.anchor, direction === 'backward');
    if ($isInlineTagNode(adjacent)) {
      // A tag is stepped over, never deleted by a key: it belongs to the file.
      event?.preventDefault();
      if (direction === 'backward') adjacent.selectPrevious();
      else adjacent.selectNext();
      return true;
    }
    if (!$atEdge(selection.anchor, block, direction === 'backward' ? 'start' : 'end')) return false;
    const neighbour = direction === 'backward' ? block.getPreviousSibling() : block.getNextSibling();
    if ($isSegmentNode(neighbour) && neighbour.getSegmentId() === block.getSegmentId()) return false;
    // The edge of a segment: the caret moves into the next segment instead of joining them.
    event?.preventDefault();
    if ($isSegmentNode(neighbour)) {
      if (direction === 'backward') neighbour.selectEnd();
      else neighbour.selectStart();
    }
    return true;
  };
  return mergeRegister(
    editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(GUARD_TAG)) return;
      const rootChanged = editorState._nodeMap.get('root') !== prevEditorState._nodeMap.get('root');
      const segments = tagSegments(editorState, prevEditorState, dirtyLeaves);
      if (rootChanged) {
        // Blocks came or went: a removed block took its tags with it (they are not dirty leaves).
        for (const key of dirtyElements.keys()) {
          for (const state of [prevEditorState, editorState]) {
            const node = state._nodeMap.get(key);
            if ($isSegmentNode(node)) segments.add(node.__segmentId);
          }
        }
      }
      // A locked segment that changed at all (typing cannot reach it; a deletion or paste across it can).
      const locked = new Set<string>();
      if (plan.locked.size > 0) {
        for (const key of dirtyElements.keys()) {
          const node = editorState._nodeMap.get(key) ?? prevEditorState._nodeMap.get(key);
          if ($isSegmentNode(node) && plan.locked.has(node.__segmentId)) locked.add(node.__segmentId);
        }
        if (rootChanged) for (const id of plan.locked) locked.add(id);
      }
      if (!rootChanged && segments.size === 0 && locked.size === 0) return;
      editor.update(
        () => {
          const touched = rootChanged ? $repairStructure(plan) : new Set<string>();
          for (const id of segments) touched.add(id);
          for (const id of locked) for (const owner of $restoreLocked(plan, id)) touched.add(owner);
          $repairTags(plan, touched, inFlight);
        },
        { tag: [HISTORY_MERGE_TAG, GUARD_TAG] },
      );
    }),
    editor.registerCommand(
      CUT_COMMAND,
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) {
          for (const node of selection.getNodes()) if ($isInlineTagNode(node)) inFlight.add(tagKey(node.getSegmentId(), node.getLabel()));
        }
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(KEY_BACKSPACE_COMMAND, protect('backward'), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(KEY_DELETE_COMMAND, protect('forward'), COMMAND_PRIORITY_HIGH),
  );
}

/** Mounted inside the article editor of a bilingual document. */
export function SegmentGuardPlugin({ plan }: { plan: SegmentPlan }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSegmentGuard(editor, plan), [editor, plan]);
  return null;
}

export { registerSegmentGuard };
