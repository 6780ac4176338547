// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { $getRoot } from 'lexical';
import { findInText } from '@core/find';
import { $collectMarkRanges, $markOffsets } from '../../editor/annotations/mark-ranges';
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
