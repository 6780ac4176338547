// Renderer: selects a place in the open article and scrolls to it (a term occurrence
// chosen in the glossary), once, then reports it done.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setSelection } from 'lexical';
import { $selectOffsets } from '../../editor/annotations/text-offsets';
import { domRangesFor } from '../../editor/highlights';

/** A place in the article to select and scroll to once it is open (a term occurrence). */
export interface RevealRequest {
  docId: string;
  start: number;
  end: number;
}

export function Reveal({ request, onDone }: { request: RevealRequest; onDone(): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      editor.update(
        () => {
          const selection = $selectOffsets(request.start, request.end);
          if (selection) $setSelection(selection);
        },
        { discrete: true },
      );
      editor.focus();
      const [range] = domRangesFor(editor, [request]);
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      onDone();
    });
    return () => cancelAnimationFrame(frame);
  }, [editor, request, onDone]);
  return null;
}
