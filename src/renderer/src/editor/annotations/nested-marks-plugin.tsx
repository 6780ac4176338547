// Renderer (editor): overlapping annotations become flat marks carrying several ids
// (never a mark inside a mark), so every run of text says exactly which annotations cover it.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerNestedElementResolver } from '@lexical/utils';
import { $createAnnotationMarkNode, AnnotationMarkNode } from './annotation-mark-node';

export function NestedMarksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      registerNestedElementResolver<AnnotationMarkNode>(
        editor,
        AnnotationMarkNode,
        (from) => $createAnnotationMarkNode(from.getIDs()),
        (from, to) => {
          for (const id of from.getIDs()) to.addID(id);
        },
      ),
    [editor],
  );
  return null;
}
