// Tests only: a headless article editor holding one paragraph per string.
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { ARTICLE_NODES } from './nodes';

export function editorWith(paragraphs: string[]): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: [...ARTICLE_NODES], onError: (error) => { throw error; } });
  editor.update(
    () => {
      for (const text of paragraphs) $getRoot().append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
  return editor;
}
