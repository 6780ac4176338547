// Renderer (editor): the mark that ties words of the article to annotations.
import { MarkNode } from '@lexical/mark';
import type { EditorConfig } from 'lexical';

/**
 * A MarkNode whose ids are annotation ids (never node keys: keys are not serialised).
 * It adds two things to MarkNode: the ids are on the DOM element (data-annotation-ids),
 * which is how the margin finds each annotation's first mark and how kinds get their
 * colours; and it is never excluded from copies, so cut and paste inside the article
 * keeps annotations (a duplicate made by copy and paste is dropped by the annotation
 * plugin: the earlier occurrence keeps the id).
 */
export class AnnotationMarkNode extends MarkNode {
  override $config() {
    return this.config('glossa-annotation-mark', { extends: MarkNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    element.dataset.annotationIds = this.__ids.join(' ');
    return element;
  }

  override updateDOM(prevNode: this, element: HTMLElement, config: EditorConfig): boolean {
    const replaced = super.updateDOM(prevNode, element, config);
    element.dataset.annotationIds = this.__ids.join(' ');
    return replaced;
  }

  override excludeFromCopy(): boolean {
    return false;
  }
}

export function $createAnnotationMarkNode(ids: readonly string[]): AnnotationMarkNode {
  return new AnnotationMarkNode(ids);
}

export function $isAnnotationMarkNode(node: unknown): node is AnnotationMarkNode {
  return node instanceof AnnotationMarkNode;
}
