// Renderer (editor): an inline tag of a bilingual segment, as one read-only token in the target.
import { $applyNodeReplacement, DecoratorNode, type EditorConfig, type LexicalNode, type LexicalUpdateJSON, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { InlineTag } from '@core/bilingual/types';
import { createTagElement } from './inline-dom';

export type SerializedInlineTagNode = Spread<{ tag: InlineTag; label: string; segmentId: string }, SerializedLexicalNode>;

/**
 * A tag token: it keeps the tag exactly as the file had it (element, attributes, native code),
 * the label it shows ("1", "/1", "2/"), and the segment it belongs to. It is an inline
 * decorator: the caret passes it as one character, it cannot be typed into, and it adds
 * nothing to the article's plain text (so annotation offsets and word counts are the words
 * alone). It can be cut and pasted elsewhere in its segment; the segment guard puts back one
 * that is deleted and drops a copy (segment-guard.ts).
 */
export class InlineTagNode extends DecoratorNode<null> {
  __tag: InlineTag;
  __label: string;
  __segmentId: string;

  override $config() {
    return this.config('glossa-inline-tag', { extends: DecoratorNode });
  }

  constructor(tag: InlineTag = { kind: 'standalone', element: 'x', attrs: {}, container: false }, label = '', segmentId = '', key?: NodeKey) {
    super(key);
    this.__tag = tag;
    this.__label = label;
    this.__segmentId = segmentId;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__tag = prevNode.__tag;
    this.__label = prevNode.__label;
    this.__segmentId = prevNode.__segmentId;
  }

  getTag(): InlineTag {
    return this.getLatest().__tag;
  }

  getLabel(): string {
    return this.getLatest().__label;
  }

  getSegmentId(): string {
    return this.getLatest().__segmentId;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = createTagElement(this.__tag, this.__label);
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override decorate(): null {
    return null;
  }

  override isInline(): true {
    return true;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedInlineTagNode>): this {
    const node = super.updateFromJSON(serialized);
    node.__tag = serialized.tag;
    node.__label = typeof serialized.label === 'string' ? serialized.label : '';
    node.__segmentId = typeof serialized.segmentId === 'string' ? serialized.segmentId : '';
    return node;
  }

  override exportJSON(): SerializedInlineTagNode {
    return { ...super.exportJSON(), tag: this.__tag, label: this.__label, segmentId: this.__segmentId };
  }
}

export function $createInlineTagNode(tag: InlineTag, label: string, segmentId: string): InlineTagNode {
  return $applyNodeReplacement(new InlineTagNode(tag, label, segmentId));
}

export function $isInlineTagNode(node: LexicalNode | null | undefined): node is InlineTagNode {
  return node instanceof InlineTagNode;
}
