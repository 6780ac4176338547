// Renderer (editor): the "reviewed" mark on a top-level block (core/review-progress), as a
// Lexical node state: saved with the article, undone with Ctrl+Z, painted as a class on the block.
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, $getState, $setState, createState, type LexicalNode } from 'lexical';
import { REVIEWED_STATE_KEY, type ReviewProgress } from '@core/review-progress';
import { countWords } from '@core/text';

export const REVIEWED = createState(REVIEWED_STATE_KEY, { parse: (value) => value === true });

export function $isReviewed(node: LexicalNode): boolean {
  return $getState(node, REVIEWED);
}

/** The top-level block the caret (or the selection's start) is in. */
function $blockAtCaret(): LexicalNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  return anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
}

/**
 * Toggles the caret's block (every block the selection touches, when it spans several) and puts
 * the caret at the start of the block after, as a CAT tool's confirm moves to the next segment.
 * Returns whether the blocks are now reviewed, or null with no caret in the article.
 */
export function $toggleReviewedAtCaret(): boolean | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const blocks = new Set<LexicalNode>();
  for (const node of selection.getNodes()) {
    const block = node.getKey() === 'root' ? null : node.getTopLevelElement();
    if (block) blocks.add(block);
  }
  const caret = $blockAtCaret();
  if (caret) blocks.add(caret);
  if (blocks.size === 0) return null;
  const value = ![...blocks].every($isReviewed);
  for (const block of blocks) $setState(block, REVIEWED, value);
  const last = [...blocks].at(-1)!;
  const next = last.getNextSibling();
  if (value && next && $isElementNode(next)) next.selectStart();
  return value;
}

/** Marks every block from the top of the article down to the caret's block reviewed; how many were not yet, or null with no caret. */
export function $markReviewedUpToCaret(): number | null {
  const caret = $blockAtCaret();
  if (!caret) return null;
  let marked = 0;
  for (const block of $getRoot().getChildren()) {
    if (!$isReviewed(block)) {
      $setState(block, REVIEWED, true);
      marked += 1;
    }
    if (block.is(caret)) break;
  }
  return marked;
}

export function $reviewProgress(): ReviewProgress {
  let reviewedBlocks = 0;
  let reviewedWords = 0;
  let totalWords = 0;
  const blocks = $getRoot().getChildren();
  for (const block of blocks) {
    const words = countWords(block.getTextContent());
    totalWords += words;
    if ($isReviewed(block)) {
      reviewedBlocks += 1;
      reviewedWords += words;
    }
  }
  return { reviewedBlocks, totalBlocks: blocks.length, reviewedWords, totalWords };
}
