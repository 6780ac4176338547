// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { $getRoot, $isElementNode, type LexicalEditor } from 'lexical';
import { $collectMarkIds, $collectMarkRanges, $dropDuplicateMarks, $markOffsets, $removeMarks } from './mark-ranges';
import { $selectOffsets, $selectionOffsets } from './text-offsets';
import { editorWith } from '../test-editor';


function update(editor: LexicalEditor, fn: () => void) {
  editor.update(fn, { discrete: true });
}

function read<T>(editor: LexicalEditor, fn: () => T): T {
  return editor.getEditorState().read(fn);
}

const PARAGRAPHS = ['Governor Zheng Zhajie presided.', 'Zheng Shajie hosted the meeting.'];
const TEXT = PARAGRAPHS.join('\n\n');

describe('text offsets', () => {
  it('agree with the root text content across paragraphs', () => {
    const editor = editorWith(PARAGRAPHS);
    expect(read(editor, () => $getRoot().getTextContent())).toBe(TEXT);
    const start = TEXT.indexOf('Shajie');
    const offsets = read(editor, () => $selectionOffsets($selectOffsets(start, start + 6)!));
    expect(offsets).toEqual({ start, end: start + 6 });
  });

  it('refuse ranges outside the text', () => {
    const editor = editorWith(PARAGRAPHS);
    expect(read(editor, () => $selectOffsets(5, 5))).toBeNull();
    expect(read(editor, () => $selectOffsets(0, TEXT.length + 10))).toBeNull();
  });
});

describe('marks', () => {
  it('mark a range and report it back, also across two paragraphs', () => {
    const editor = editorWith(PARAGRAPHS);
    const zhajie = TEXT.indexOf('Zheng Zhajie');
    const across = TEXT.indexOf('presided.');
    update(editor, () => {
      expect($markOffsets(zhajie, zhajie + 12, 'a1')).toBe(true);
      expect($markOffsets(across, TEXT.indexOf(' hosted'), 'a2')).toBe(true);
    });
    const ranges = read(editor, () => $collectMarkRanges());
    expect(ranges.get('a1')).toEqual({ start: zhajie, end: zhajie + 12 });
    expect(ranges.get('a2')).toEqual({ start: across, end: TEXT.indexOf(' hosted') });
    expect(read(editor, () => $getRoot().getTextContent())).toBe(TEXT);
  });

  it('overlap: both ids keep their own ranges', () => {
    const editor = editorWith(PARAGRAPHS);
    update(editor, () => {
      $markOffsets(0, 14, 'outer');
      $markOffsets(9, 21, 'inner');
    });
    const ranges = read(editor, () => $collectMarkRanges());
    expect(ranges.get('outer')).toEqual({ start: 0, end: 14 });
    expect(ranges.get('inner')).toEqual({ start: 9, end: 21 });
  });

  it('removing one id leaves the other and the text untouched', () => {
    const editor = editorWith(PARAGRAPHS);
    update(editor, () => {
      $markOffsets(0, 14, 'outer');
      $markOffsets(9, 21, 'inner');
    });
    update(editor, () => $removeMarks('outer'));
    expect(read(editor, () => [...$collectMarkIds()])).toEqual(['inner']);
    expect(read(editor, () => $collectMarkRanges().get('inner'))).toEqual({ start: 9, end: 21 });
    expect(read(editor, () => $getRoot().getTextContent())).toBe(TEXT);
  });

  it('a duplicate occurrence of an id keeps only the first', () => {
    const editor = editorWith(PARAGRAPHS);
    const second = TEXT.indexOf('Shajie');
    update(editor, () => {
      $markOffsets(0, 8, 'dup');
      $markOffsets(second, second + 6, 'dup');
    });
    expect(read(editor, () => $collectMarkRanges().get('dup'))).toEqual({ start: 0, end: 8 });
    update(editor, () => $dropDuplicateMarks(['dup']));
    const html = read(editor, () => $getRoot().getChildren().map((child) => ($isElementNode(child) ? child.getChildrenSize() : 0)));
    expect(html).toEqual([2, 1]);
  });
});

describe('marking many ranges at once', () => {
  it('gives the same marks as marking one by one, overlaps included', async () => {
    const { $markManyOffsets } = await import('./mark-ranges');
    const paragraphs = ['Governor Zheng Zhajie presided over the meeting.', 'Zheng Shajie hosted; the driving nails spirit.', 'Short.'];
    const text = paragraphs.join('\n\n');
    const ranges = [
      { id: 'a', start: text.indexOf('Zheng Zhajie'), end: text.indexOf('Zheng Zhajie') + 12 },
      { id: 'b', start: text.indexOf('Zhajie presided'), end: text.indexOf('Zhajie presided') + 15 },
      { id: 'c', start: text.indexOf('driving nails'), end: text.indexOf('driving nails') + 13 },
      { id: 'd', start: text.indexOf('meeting.'), end: text.indexOf('Shajie') },
      { id: 'e', start: text.indexOf('Short'), end: text.indexOf('Short') + 5 },
    ];
    const one = editorWith(paragraphs);
    update(one, () => {
      for (const range of ranges) $markOffsets(range.start, range.end, range.id);
    });
    const many = editorWith(paragraphs);
    let marked = new Set<string>();
    update(many, () => {
      marked = $markManyOffsets(ranges);
    });
    expect([...marked].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const expected = read(one, () => $collectMarkRanges());
    const actual = read(many, () => $collectMarkRanges());
    for (const range of ranges) {
      expect(actual.get(range.id), range.id).toEqual({ start: range.start, end: range.end });
      expect(expected.get(range.id), range.id).toEqual({ start: range.start, end: range.end });
    }
    expect(read(many, () => $getRoot().getTextContent())).toBe(text);
  });
});
