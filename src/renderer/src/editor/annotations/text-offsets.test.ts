// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, createEditor, type LexicalEditor } from 'lexical';
import { ARTICLE_NODES } from '../nodes';
import { $liveSelection, $selectionOffsets } from './text-offsets';

const PARAGRAPHS = ['Governor Zheng Zhajie presided.', 'Zheng Shajie hosted the meeting.'];

function mounted(): { editor: LexicalEditor; root: HTMLElement } {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  const editor = createEditor({ nodes: [...ARTICLE_NODES], onError: (error) => { throw error; } });
  editor.setRootElement(root);
  editor.update(
    () => {
      for (const text of PARAGRAPHS) $getRoot().append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
  return { editor, root };
}

function selectDom(node: Node, start: number, end: number) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('$liveSelection', () => {
  it('reads a drag the editor has not heard of yet', () => {
    const { editor, root } = mounted();
    const second = root.querySelectorAll('p')[1]!.querySelector('span')!.firstChild!;
    selectDom(second, 0, 'Zheng Shajie'.length);
    const text = PARAGRAPHS.join('\n\n');
    const result = editor.read(() => {
      const stale = $getSelection();
      const live = $liveSelection(editor);
      return { stale: $isRangeSelection(stale) && !stale.isCollapsed(), offsets: live && $selectionOffsets(live) };
    });
    expect(result.stale).toBe(false);
    expect(result.offsets).toEqual({ start: text.indexOf('Zheng Shajie'), end: text.indexOf('Zheng Shajie') + 12 });
  });

  it('ignores a caret and selections outside the editor', () => {
    const { editor, root } = mounted();
    const first = root.querySelector('p span')!.firstChild!;
    selectDom(first, 3, 3);
    expect(editor.read(() => $liveSelection(editor))).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = 'a label elsewhere';
    document.body.append(outside);
    selectDom(outside.firstChild!, 0, 7);
    expect(editor.read(() => $liveSelection(editor))).toBeNull();
  });
});
