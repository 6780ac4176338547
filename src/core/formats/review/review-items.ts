/** Which annotations a review report is about, in the order a reader meets them. */
import type { Annotation } from '../../model';

/** Flags that are not deleted, in reading order. */
export function liveFlags(annotations: readonly Annotation[]): Annotation[] {
  return live(annotations, (annotation) => annotation.kind === 'flag');
}

/**
 * Notes and queries that are not deleted, in reading order. Terms are not among them: the
 * report lists them in a section of their own (report-terms-html), unscored.
 */
export function liveNotes(annotations: readonly Annotation[]): Annotation[] {
  return live(annotations, (annotation) => annotation.kind === 'note' || annotation.kind === 'query');
}

function live(annotations: readonly Annotation[], keep: (annotation: Annotation) => boolean): Annotation[] {
  return annotations.filter((annotation) => annotation.deletedAt == null && keep(annotation)).sort(compareReadingOrder);
}

/** By start, then end, then id (ULIDs sort by creation): the order of the app's lists. */
export function compareReadingOrder(a: Annotation, b: Annotation): number {
  const byStart = a.selectors.position.start - b.selectors.position.start;
  if (byStart !== 0) return byStart;
  const byEnd = a.selectors.position.end - b.selectors.position.end;
  if (byEnd !== 0) return byEnd;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
