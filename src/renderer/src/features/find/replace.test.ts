// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { $getRoot, $getSelection, $isRangeSelection, $setSelection } from 'lexical';
import { findInText } from '@core/find';
import { rejectionEdits, trackedDiff } from '@core/tracked-changes';
import { $collectMarkRanges, $markOffsets } from '../../editor/annotations/mark-ranges';
import { $selectSpan } from '../../editor/annotations/text-offsets';
import { editorWith } from '../../editor/test-editor';
import { mapOffset, replaceSpans } from './replace';

const PARAGRAPHS = ['Zheng Shajie hosted. Governor Zheng Zhajie presided.', 'Zheng Shajie spoke; zheng shajie left.'];

function textOf(editor: ReturnType<typeof editorWith>): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

describe('replaceSpans', () => {
  it('replaces every match in both paragraphs, keeping the rest of the text', () => {
    const editor = editorWith(PARAGRAPHS);
    const text = textOf(editor);
    const found = findInText(text, 'Zheng Shajie', { matchCase: true, wholeWord: true, regex: false });
    if (!found.ok) throw new Error(found.error);
    expect(replaceSpans(editor, found.matches.map((match) => ({ ...match, text: 'Zheng Zhajie' })))).toBe(2);
    expect(textOf(editor)).toBe('Zheng Zhajie hosted. Governor Zheng Zhajie presided.\n\nZheng Zhajie spoke; zheng shajie left.');
  });

  it('keeps a note on words it replaced whole, and moves the notes after them', () => {
    const editor = editorWith(PARAGRAPHS);
    const text = textOf(editor);
    const flagged = text.indexOf('Zheng Shajie', 10);
    const later = text.indexOf('left');
    editor.update(
      () => {
        $markOffsets(flagged, flagged + 12, 'flag-1');
        $markOffsets(later, later + 4, 'note-1');
      },
      { discrete: true },
    );
    replaceSpans(editor, [
      { start: 0, end: 12, text: 'Mr Zheng' },
      { start: flagged, end: flagged + 12, text: 'Zheng Zhajie (the governor)' },
    ]);
    const after = textOf(editor);
    const marks = editor.getEditorState().read(() => $collectMarkRanges());
    const flag = marks.get('flag-1')!;
    const note = marks.get('note-1')!;
    expect(after.slice(flag.start, flag.end)).toBe('Zheng Zhajie (the governor)');
    expect(after.slice(note.start, note.end)).toBe('left');
  });
});

describe('replaceSpans rejecting tracked changes', () => {
  // What the Changes panel's Reject does: the MT's words (and paragraph breaks) written back.
  function rejectAll(baseline: string[], current: string[]) {
    const editor = editorWith(current);
    const diff = trackedDiff(baseline.join('\n\n'), textOf(editor), 'en');
    expect(diff.changes.length).toBeGreaterThan(0);
    replaceSpans(editor, rejectionEdits(diff.changes));
    return editor;
  }
  const paragraphs = (editor: ReturnType<typeof editorWith>) => editor.getEditorState().read(() => $getRoot().getChildren().map((child) => child.getTextContent()));

  it('puts back words the reviewer deleted', () => {
    const editor = rejectAll(['Zheng Shajie hosted the meeting today.'], ['Zheng Shajie hosted the meeting.']);
    expect(paragraphs(editor)).toEqual(['Zheng Shajie hosted the meeting today.']);
  });

  it('puts back words deleted at the start of a paragraph', () => {
    const editor = rejectAll(['One.', 'Then he left.'], ['One.', 'he left.']);
    expect(paragraphs(editor)).toEqual(['One.', 'Then he left.']);
  });

  it('joins again a paragraph the reviewer split', () => {
    const editor = rejectAll(['Zheng Shajie hosted. Governor Zheng presided.', 'Last.'], ['Zheng Shajie hosted.', 'Governor Zheng presided.', 'Last.']);
    expect(paragraphs(editor)).toEqual(['Zheng Shajie hosted. Governor Zheng presided.', 'Last.']);
  });

  it('leaves the selection on the same words after a split above them is joined', () => {
    const editor = editorWith(['One.', 'Two.', 'Three words here.']);
    const text = textOf(editor);
    const words = text.indexOf('words');
    editor.update(() => $setSelection($selectSpan(words, words + 5)), { discrete: true });
    const diff = trackedDiff('One. Two.\n\nThree words here.', text, 'en');
    replaceSpans(editor, rejectionEdits(diff.changes));
    const after = textOf(editor);
    const selected = editor.getEditorState().read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) ? selection.getTextContent() : null;
    });
    expect(after).toBe('One. Two.\n\nThree words here.');
    expect(selected).toBe('words');
  });

  it('splits again paragraphs the reviewer joined, with the words between them', () => {
    const editor = rejectAll(['First one.', 'Second one.', 'Third.'], ['First one and second one.', 'Third.']);
    expect(paragraphs(editor)).toEqual(['First one.', 'Second one.', 'Third.']);
  });
});

describe('mapOffset', () => {
  const replacements = [
    { start: 2, end: 5, text: 'x' },
    { start: 10, end: 12, text: 'long text' },
  ];
  it('shifts offsets after a replacement and puts those inside it at its edges', () => {
    expect(mapOffset(1, replacements, 'start')).toBe(1);
    expect(mapOffset(2, replacements, 'start')).toBe(2);
    expect(mapOffset(5, replacements, 'end')).toBe(3);
    expect(mapOffset(3, replacements, 'start')).toBe(2);
    expect(mapOffset(3, replacements, 'end')).toBe(3);
    expect(mapOffset(11, replacements, 'end')).toBe(8 + 9);
    expect(mapOffset(20, replacements, 'start')).toBe(20 - 2 + 7);
  });
});
