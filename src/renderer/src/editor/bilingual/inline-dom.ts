// Renderer (editor): inline content (text and tag tokens) as plain DOM, for the read-only source cell.
import type { InlineContent, InlineTag } from '@core/bilingual/types';
import { tagLabels } from '@core/bilingual/content';
import { writeTag } from '@core/formats/xliff/inline-write';

/** What a tag token says on hover: its native code when the file has it, else the element as written. */
export function tagTitle(tag: InlineTag): string {
  return tag.code ?? writeTag(tag);
}

/** A tag token element: the same look on the source side and in the target. */
export function createTagElement(tag: InlineTag, label: string): HTMLElement {
  const element = document.createElement('span');
  element.className = `inline-tag inline-tag-${tag.kind}`;
  element.textContent = label;
  element.title = tagTitle(tag);
  element.setAttribute('aria-label', `tag ${label}`);
  return element;
}

/** Fills `element` with the content: text as text nodes, tags as tokens numbered as placeholders are. */
export function renderInlineContent(element: HTMLElement, content: InlineContent): void {
  const labels = tagLabels(content);
  content.forEach((item, index) => {
    if (item.type === 'text') element.append(document.createTextNode(item.text));
    else element.append(createTagElement(item.tag, labels[index]!));
  });
}
