import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { editorWith } from './test-editor';
import { registerEditorEdited, registerEditorSettled } from './editor-settled';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function type(editor: ReturnType<typeof editorWith>, text: string) {
  editor.update(
    () => {
      const paragraph = $getRoot().getFirstChild();
      const node = $isElementNode(paragraph) ? paragraph.getFirstChild() : null;
      if ($isTextNode(node)) node.setTextContent(node.getTextContent() + text);
    },
    { discrete: true },
  );
}

describe('registerEditorSettled', () => {
  it('runs once the typing has paused for the delay, with the latest text', () => {
    const editor = editorWith(['Hello']);
    const settled = vi.fn((state: ReturnType<typeof editor.getEditorState>) => state.read(() => $getRoot().getTextContent()));
    registerEditorSettled(editor, 100, settled);
    type(editor, ' w');
    vi.advanceTimersByTime(60);
    type(editor, 'orld');
    vi.advanceTimersByTime(60);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(settled.mock.results[0]!.value).toBe('Hello world');
  });

  it('ignores updates that change nothing, and stops when unregistered', () => {
    const editor = editorWith(['Hello']);
    const settled = vi.fn();
    const edited = vi.fn();
    const unregister = registerEditorSettled(editor, 100, settled);
    registerEditorEdited(editor, edited);
    editor.update(() => undefined, { discrete: true });
    vi.advanceTimersByTime(200);
    expect(settled).not.toHaveBeenCalled();
    expect(edited).not.toHaveBeenCalled();
    type(editor, '!');
    expect(edited).toHaveBeenCalledTimes(1);
    unregister();
    vi.advanceTimersByTime(200);
    expect(settled).not.toHaveBeenCalled();
  });
});
