// Renderer (editor): one segment of a bilingual article: a block of the article holding the
// current target, with the segment's source beside it.
import {
  $applyNodeReplacement,
  ParagraphNode,
  setDOMUnmanaged,
  type EditorConfig,
  type ElementDOMSlot,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type RangeSelection,
  type SerializedParagraphNode,
  type Spread,
} from 'lexical';
import type { InlineContent } from '@core/bilingual/types';
import { renderInlineContent } from './inline-dom';

export type SerializedSegmentNode = Spread<{ segmentId: string; source: InlineContent | null; sourceLang: string }, SerializedParagraphNode>;

/**
 * A paragraph that carries its segment's id. The first block of a segment also carries the
 * source (and shows it in a read-only cell before the target, `.segment-source`, which a CSS
 * grid puts beside the target at the same height); a block made by pressing Enter inside a
 * segment continues it (same id, no source). What keeps the blocks in the file's order, one run
 * per segment, is the segment guard (segment-guard.ts).
 *
 * The DOM: <div class="segment" data-segment-id> <div class="segment-source" contenteditable=false>
 * (unmanaged: Lexical leaves it alone) <p class="segment-target"> the target's text </p> </div>.
 */
export class SegmentNode extends ParagraphNode {
  __segmentId: string;
  __source: InlineContent | null;
  __sourceLang: string;

  override $config() {
    return this.config('glossa-segment', { extends: ParagraphNode });
  }

  constructor(segmentId = '', source: InlineContent | null = null, sourceLang = '', key?: NodeKey) {
    super(key);
    this.__segmentId = segmentId;
    this.__source = source;
    this.__sourceLang = sourceLang;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__segmentId = prevNode.__segmentId;
    this.__source = prevNode.__source;
    this.__sourceLang = prevNode.__sourceLang;
  }

  getSegmentId(): string {
    return this.getLatest().__segmentId;
  }

  getSource(): InlineContent | null {
    return this.getLatest().__source;
  }

  /** True for the first block of its segment (the one that shows the source). */
  isSegmentHead(): boolean {
    return this.getLatest().__source !== null;
  }

  setSource(source: InlineContent | null): this {
    const writable = this.getWritable();
    writable.__source = source;
    return writable;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'segment';
    dom.dataset.segmentId = this.__segmentId;
    const source = document.createElement('div');
    source.className = 'segment-source';
    source.contentEditable = 'false';
    if (this.__sourceLang) source.lang = this.__sourceLang;
    if (this.__source) renderInlineContent(source, this.__source);
    else dom.classList.add('segment-continued');
    setDOMUnmanaged(source);
    const target = super.createDOM(config);
    target.classList.add('segment-target');
    dom.append(source, target);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prevNode.__segmentId !== this.__segmentId || prevNode.__source !== this.__source || prevNode.__sourceLang !== this.__sourceLang) return true;
    return super.updateDOM(prevNode, dom, config);
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    const target = element.querySelector<HTMLElement>(':scope > .segment-target');
    return super.getDOMSlot(element).withElement(target ?? element);
  }

  /** Copies and HTML exports are the target alone, as a paragraph. */
  override exportDOM(editor: Parameters<ParagraphNode['exportDOM']>[0]): ReturnType<ParagraphNode['exportDOM']> {
    const element = document.createElement('p');
    if (this.isEmpty()) element.append(document.createElement('br'));
    void editor;
    return { element };
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedSegmentNode>): this {
    const node = super.updateFromJSON(serialized);
    node.__segmentId = typeof serialized.segmentId === 'string' ? serialized.segmentId : '';
    node.__source = Array.isArray(serialized.source) ? serialized.source : null;
    node.__sourceLang = typeof serialized.sourceLang === 'string' ? serialized.sourceLang : '';
    return node;
  }

  override exportJSON(): SerializedSegmentNode {
    return { ...super.exportJSON(), segmentId: this.__segmentId, source: this.__source, sourceLang: this.__sourceLang };
  }

  /** Enter inside a segment: the new block continues the same segment. */
  override insertNewAfter(selection: RangeSelection, restoreSelection = true): ParagraphNode {
    const block = $createSegmentNode(this.__segmentId, null, this.__sourceLang);
    block.setTextFormat(selection.format);
    block.setTextStyle(selection.style);
    block.setDirection(this.getDirection());
    block.setFormat(this.getFormatType());
    this.insertAfter(block, restoreSelection);
    return block;
  }
}

export function $createSegmentNode(segmentId: string, source: InlineContent | null, sourceLang: string): SegmentNode {
  return $applyNodeReplacement(new SegmentNode(segmentId, source, sourceLang));
}

export function $isSegmentNode(node: LexicalNode | null | undefined): node is SegmentNode {
  return node instanceof SegmentNode;
}
