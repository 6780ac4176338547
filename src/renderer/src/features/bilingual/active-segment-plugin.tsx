// Renderer: the segment the caret is in is highlighted on both sides (source and target), and
// is the one whose source shows as a strip above it when the window is too narrow for two columns.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { $isSegmentNode } from '../../editor/bilingual/segment-node';

/** The style rules that single out one segment (an attribute selector: no DOM inside the editor is touched). */
export function activeSegmentCss(id: string): string {
  const selector = `.article-editor .segment[data-segment-id="${CSS.escape(id)}"]`;
  return `${selector} { background: var(--segment-active); box-shadow: inset 3px 0 0 var(--accent); }
@media (max-width: 1100px) { .show-source ${selector}:not(.segment-continued) > .segment-source { display: block; } }`;
}

export function ActiveSegmentPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const style = document.createElement('style');
    style.dataset.glossa = 'active-segment';
    document.head.append(style);
    let active: string | null = null;
    const unregister = editor.registerUpdateListener(({ editorState }) => {
      const id = editorState.read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return active;
        const block = selection.anchor.getNode().getTopLevelElement();
        return $isSegmentNode(block) ? block.getSegmentId() : null;
      });
      if (id === active) return;
      active = id;
      style.textContent = id === null ? '' : activeSegmentCss(id);
    });
    return () => {
      unregister();
      style.remove();
    };
  }, [editor]);
  return null;
}
