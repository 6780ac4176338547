// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { reviewProgressOf } from '@core/review-progress';
import { editorWith } from './test-editor';
import { $isReviewed, $markReviewedUpToCaret, $reviewProgress, $toggleReviewedAtCaret } from './review-progress';

const PARAGRAPHS = ['Governor Zheng Zhajie presided.', 'The meeting noted progress.', 'Zheng Shajie hosted.', 'It ended at noon.'];

function caretIn(editor: LexicalEditor, index: number) {
  editor.update(() => $getRoot().getChildAtIndex(index)!.selectStart(), { discrete: true });
}

const reviewed = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getChildren().map($isReviewed));

describe('review progress in the editor', () => {
  it('Mark Reviewed toggles the caret’s paragraph and moves the caret to the next one', () => {
    const editor = editorWith(PARAGRAPHS);
    caretIn(editor, 1);
    editor.update(() => expect($toggleReviewedAtCaret()).toBe(true), { discrete: true });
    expect(reviewed(editor)).toEqual([false, true, false, false]);
    const caretBlock = editor.getEditorState().read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement()?.getTextContent() : null;
    });
    expect(caretBlock).toBe('Zheng Shajie hosted.');
    // Again on the same paragraph: it is no longer reviewed.
    caretIn(editor, 1);
    editor.update(() => expect($toggleReviewedAtCaret()).toBe(false), { discrete: true });
    expect(reviewed(editor)).toEqual([false, false, false, false]);
  });

  it('Reviewed up to Here marks every paragraph from the top to the caret, and the stored state says so', () => {
    const editor = editorWith(PARAGRAPHS);
    caretIn(editor, 2);
    editor.update(() => expect($markReviewedUpToCaret()).toBe(3), { discrete: true });
    expect(reviewed(editor)).toEqual([true, true, true, false]);
    const live = editor.getEditorState().read(() => $reviewProgress());
    expect(live).toEqual({ reviewedBlocks: 3, totalBlocks: 4, reviewedWords: 11, totalWords: 15 });
    // The saved JSON carries the marks: the report reads the same figures from it.
    expect(reviewProgressOf(JSON.stringify(editor.getEditorState().toJSON()))).toEqual(live);
  });

  it('does nothing without a caret in the article', () => {
    const editor = editorWith(PARAGRAPHS);
    editor.update(() => {
      expect($toggleReviewedAtCaret()).toBeNull();
      expect($markReviewedUpToCaret()).toBeNull();
    }, { discrete: true });
  });
});
