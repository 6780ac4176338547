// Renderer: colours marks by their annotation's kind and highlights the active one.
// Done on the DOM, not in editor state: kind and activity are not part of the text.
import type { Annotation } from '@core/model';

const MARK_SELECTOR = 'mark[data-annotation-ids]';

function idsOf(element: HTMLElement): string[] {
  return (element.dataset.annotationIds ?? '').split(' ').filter(Boolean);
}

export function decorateMarks(root: HTMLElement, annotations: readonly Annotation[], activeId: string | null): void {
  const kinds = new Map(annotations.map((annotation) => [annotation.id, annotation.kind]));
  for (const element of root.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
    const ids = idsOf(element);
    // The innermost (last added) annotation gives the colour; overlaps get a stripe in CSS.
    const kind = [...ids].reverse().map((id) => kinds.get(id)).find(Boolean);
    if (kind) element.dataset.kind = kind;
    else delete element.dataset.kind;
    element.classList.toggle('is-active', activeId !== null && ids.includes(activeId));
  }
}

export function firstMarkElement(root: HTMLElement, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark[data-annotation-ids~="${CSS.escape(id)}"]`);
}

/** The top of each annotation's first mark, relative to `origin`, in one pass over the marks. */
export function measureAnchorTops(root: HTMLElement, origin: HTMLElement): Map<string, number> {
  const originTop = origin.getBoundingClientRect().top;
  const tops = new Map<string, number>();
  for (const element of root.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
    const ids = idsOf(element);
    if (ids.every((id) => tops.has(id))) continue;
    const top = element.getBoundingClientRect().top - originTop;
    for (const id of ids) if (!tops.has(id)) tops.set(id, top);
  }
  return tops;
}
