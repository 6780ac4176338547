/**
 * Renderer: what the autosave stores of the article (its serialised Lexical state, plain
 * text and word count), made without re-serialising the whole article on every save.
 *
 * `editorState.toJSON()` walks every node: ~30 ms of main thread for a 200k-word article,
 * once a second while the translator types. Here each top-level block (a paragraph, a
 * heading, a list) keeps its JSON string and word count until an update dirties it, so a
 * save re-serialises only the blocks typed in and joins the rest. The result is the same
 * string `JSON.stringify(editorState.toJSON())` gives (tested, with random edits and undo).
 *
 * Dirtiness comes from Lexical's update listener: every node written in an update, and each
 * of its ancestors, is in `dirtyElements`/`dirtyLeaves`. Undo and redo replace the whole
 * state (`setEditorState`, tagged historic) without naming what changed, so they empty the
 * cache; so does any update whose dirty set does not say (a full reconcile).
 */
import { $exportNodeJSON, $getRoot, $isElementNode, HISTORIC_TAG, type EditorState, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { countWords } from '@core/formats/documents/plain-text';

interface ArticleSnapshot {
  editorState: string;
  plainText: string;
  wordCount: number;
}

interface CachedBlock {
  /** The node object the JSON was made from: a different object is a changed block. */
  node: LexicalNode;
  json: string;
  words: number;
}

function $serialize(node: LexicalNode): unknown {
  const json = $exportNodeJSON(node) as { children?: unknown[] };
  if ($isElementNode(node) && Array.isArray(json.children)) {
    for (const child of node.getChildren()) json.children.push($serialize(child));
  }
  return json;
}

export class ArticleSnapshots {
  private readonly blocks = new Map<NodeKey, CachedBlock>();
  private readonly unregister: () => void;

  constructor(private readonly editor: LexicalEditor) {
    this.unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(HISTORIC_TAG) || (dirtyElements.size <= 1 && dirtyLeaves.size === 0)) {
        // Nothing or only the root named: a whole-state replacement (undo, redo, setEditorState)
        // or a change to the list of blocks; either way the per-block entries cannot be trusted.
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0 || tags.has(HISTORIC_TAG)) this.blocks.clear();
        return;
      }
      for (const key of dirtyElements.keys()) this.blocks.delete(key);
      for (const key of dirtyLeaves) this.blocks.delete(key);
    });
  }

  /** The article as it is now in the editor. */
  take(editorState: EditorState = this.editor.getEditorState()): ArticleSnapshot {
    return editorState.read(() => {
      const root = $getRoot();
      const parts: string[] = [];
      const seen = new Set<NodeKey>();
      let wordCount = 0;
      for (const block of root.getChildren()) {
        const key = block.getKey();
        seen.add(key);
        let cached = this.blocks.get(key);
        if (!cached || cached.node !== block) {
          cached = { node: block, json: JSON.stringify($serialize(block)), words: countWords(block.getTextContent()) };
          this.blocks.set(key, cached);
        }
        parts.push(cached.json);
        wordCount += cached.words;
      }
      if (this.blocks.size > seen.size) for (const key of this.blocks.keys()) if (!seen.has(key)) this.blocks.delete(key);
      const head = JSON.stringify({ root: { ...($exportNodeJSON(root) as object), children: 0 } });
      // A function, not a replacement string: "$$" or "$&" typed in the article must stay as typed.
      const editorStateJson = head.replace('"children":0', () => `"children":[${parts.join(',')}]`);
      return { editorState: editorStateJson, plainText: root.getTextContent(), wordCount };
    });
  }

  dispose(): void {
    this.unregister();
    this.blocks.clear();
  }
}
