// Renderer: the toolbar that appears over selected words: Term, Flag, Note, Query. Its
// buttons dispatch ANNOTATE_COMMAND, as the menu and the keys do; it reads no annotation
// state, so notes becoming active never re-render it.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { commandSpec, formatAccelerator } from '@core/commands';
import { keyPlatform } from '../../ui/platform';
import { ANNOTATE_COMMAND } from './annotations-plugin';
import { KINDS } from './kinds';

interface Position {
  top: number;
  left: number;
}

function selectionPosition(): Position | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  return { top: Math.max(4, rect.top - 44), left: Math.max(4, rect.left) };
}

export function FloatingToolbar() {
  const [editor] = useLexicalComposerContext();
  const [position, setPosition] = useState<Position | null>(null);
  const platform = keyPlatform();

  useEffect(() => {
    const update = () => {
      const hasRange = editor.getEditorState().read(() => {
        const selection = $getSelection();
        return $isRangeSelection(selection) && !selection.isCollapsed();
      });
      setPosition(hasRange ? selectionPosition() : null);
    };
    const unregister = editor.registerUpdateListener(update);
    // Scrolling moves the words; the toolbar follows them.
    document.addEventListener('scroll', update, { capture: true, passive: true });
    return () => {
      unregister();
      document.removeEventListener('scroll', update, { capture: true });
    };
  }, [editor]);

  if (!position) return null;
  const toolbar = (
    <div className="floating-toolbar" role="toolbar" aria-label="Annotate selection" style={{ top: position.top, left: position.left }}>
      {KINDS.map((info) => {
        const shortcut = formatAccelerator(commandSpec(info.command).accelerator ?? '', platform);
        return (
          <button
            key={info.kind}
            type="button"
            data-kind={info.kind}
            title={`${info.label} (${shortcut})`}
            aria-label={`${info.label} (${shortcut})`}
            // Keep the selection: a mouse press would otherwise move the caret first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => editor.dispatchCommand(ANNOTATE_COMMAND, info.kind)}
          >
            {info.label}
          </button>
        );
      })}
    </div>
  );
  // Inside the article's landmark, as the words it acts on are (it is drawn fixed, over them).
  const landmark = editor.getRootElement()?.closest('main');
  return landmark ? createPortal(toolbar, landmark) : toolbar;
}
