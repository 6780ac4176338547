// Renderer: Edit › Undo and Redo from the menu go to the article's own history while it is
// open, unless a plain field (a card, the title, search) has focus: that keeps the
// browser's. The shell's fallback (the browser's undo) runs when this passes them on.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { useCommand } from '../commands';

function isTextField(element: Element | null): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
}

export function HistoryCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  const run = (command: typeof UNDO_COMMAND | typeof REDO_COMMAND) => () => {
    if (isTextField(document.activeElement)) return false;
    editor.dispatchCommand(command, undefined);
    return true;
  };
  useCommand('edit.undo', run(UNDO_COMMAND));
  useCommand('edit.redo', run(REDO_COMMAND));
  return null;
}
