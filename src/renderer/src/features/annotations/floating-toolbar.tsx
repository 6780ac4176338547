// Renderer: the toolbar that appears over selected words: Term, Flag, Note, Query. Its
// buttons dispatch ANNOTATE_COMMAND, as the menu and the keys do; it reads no annotation
// state, so notes becoming active never re-render it. Alt+F10 takes the keyboard to it (as in
// Office and TinyMCE), arrows move along it, Esc goes back to the words; it hides while the
// keyboard is anywhere else (a card, a panel), so it never covers what is being typed there.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { commandSpec, formatAccelerator } from '@core/commands';
import { keyPlatform } from '../../ui/platform';
import { useCommand } from '../../commands';
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
  const [keyboardHere, setKeyboardHere] = useState(true);
  const [current, setCurrent] = useState(0);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const platform = keyPlatform();

  // Shown while the keyboard is in the article or on the toolbar (or nowhere: a mouse user).
  useEffect(() => {
    const onFocus = () => {
      const focused = document.activeElement;
      const root = editor.getRootElement();
      setKeyboardHere(!focused || focused === document.body || Boolean(root?.contains(focused)) || Boolean(toolbarRef.current?.contains(focused)));
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [editor]);

  useCommand('annotate.focusToolbar', () => {
    if (!position) return false;
    setCurrent(0);
    toolbarRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    return true;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      event.preventDefault();
      const next = (to + buttons.length) % buttons.length;
      setCurrent(next);
      buttons[next]?.focus();
    };
    if (event.key === 'ArrowRight') move(index + 1);
    else if (event.key === 'ArrowLeft') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(buttons.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      editor.focus();
    }
  };

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

  if (!position || !keyboardHere) return null;
  const toolbar = (
    <div ref={toolbarRef} className="floating-toolbar" role="toolbar" aria-label="Annotate selection" aria-orientation="horizontal" style={{ top: position.top, left: position.left }} onKeyDown={onKeyDown}>
      {KINDS.map((info, index) => {
        const shortcut = formatAccelerator(commandSpec(info.command).accelerator ?? '', platform);
        return (
          <button
            key={info.kind}
            type="button"
            tabIndex={index === current ? 0 : -1}
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
