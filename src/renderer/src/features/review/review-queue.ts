// Renderer: the review queue: flags and automatic findings, filtered and sorted.
import type { Annotation, AnnotationStatus, Severity } from '@core/model';
import { dimensionOf } from '@core/mqm';
import type { KeyedFinding } from '@core/qa';

export type QueueItem =
  | { type: 'flag'; key: string; start: number; severity: Severity | undefined; category: string | undefined; annotation: Annotation }
  | { type: 'finding'; key: string; start: number; severity: Severity; category: string; finding: KeyedFinding; dismissed?: true };

export interface QueueFilter {
  kind: 'all' | 'flag' | 'finding';
  /** 'dismissed': only the findings the translator dismissed, to restore one. */
  status: 'all' | AnnotationStatus | 'dismissed';
  severity: 'all' | Severity;
  /** An MQM dimension id: a category matches when it is the dimension or under it. */
  dimension: 'all' | string;
  sort: 'position' | 'severity';
}

export const DEFAULT_FILTER: QueueFilter = { kind: 'all', status: 'all', severity: 'all', dimension: 'all', sort: 'position' };

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, major: 1, minor: 2, neutral: 3 };

export function buildQueue(
  annotations: readonly Annotation[],
  findings: readonly KeyedFinding[],
  filter: QueueFilter,
  dismissed: readonly KeyedFinding[] = [],
): QueueItem[] {
  const items: QueueItem[] = [];
  if (filter.status === 'dismissed') {
    if (filter.kind !== 'flag') {
      for (const finding of dismissed) {
        items.push({ type: 'finding', key: `finding:${finding.key}`, start: finding.start, severity: finding.severityHint, category: finding.categoryHint, finding, dismissed: true });
      }
    }
    return sortAndFilter(items, { ...filter, status: 'all' });
  }
  if (filter.kind !== 'finding') {
    for (const annotation of annotations) {
      if (annotation.kind !== 'flag') continue;
      items.push({
        type: 'flag',
        key: `flag:${annotation.id}`,
        start: annotation.anchorState === 'orphan' ? Number.MAX_SAFE_INTEGER : annotation.selectors.position.start,
        severity: annotation.severity,
        category: annotation.mqmCategory,
        annotation,
      });
    }
  }
  if (filter.kind !== 'flag') {
    for (const finding of findings) {
      items.push({ type: 'finding', key: `finding:${finding.key}`, start: finding.start, severity: finding.severityHint, category: finding.categoryHint, finding });
    }
  }
  return sortAndFilter(items, filter);
}

function sortAndFilter(items: QueueItem[], filter: QueueFilter): QueueItem[] {
  const kept = items.filter((item) => {
    const status = item.type === 'flag' ? item.annotation.status : 'open';
    if (filter.status !== 'all' && status !== filter.status) return false;
    if (filter.severity !== 'all' && item.severity !== filter.severity) return false;
    if (filter.dimension !== 'all' && (!item.category || dimensionOf(item.category) !== filter.dimension)) return false;
    return true;
  });
  return kept.sort((a, b) => {
    if (filter.sort === 'severity') {
      const bySeverity = (a.severity ? SEVERITY_RANK[a.severity] : 4) - (b.severity ? SEVERITY_RANK[b.severity] : 4);
      if (bySeverity !== 0) return bySeverity;
    }
    return a.start - b.start || a.key.localeCompare(b.key);
  });
}

/**
 * The item after (or before) the current one, wrapping around. When the current item has left
 * the queue (dismissed, or filtered out), the walk goes on from where it was (`from`, its index
 * in the queue it was in), not from the top; the first (last) item when nothing was current.
 */
export function stepQueue(items: readonly QueueItem[], currentKey: string | null, direction: 1 | -1, from?: number): QueueItem | null {
  if (items.length === 0) return null;
  const index = items.findIndex((item) => item.key === currentKey);
  if (index < 0) {
    if (from === undefined) return direction === 1 ? items[0]! : items[items.length - 1]!;
    // The items after the one that left moved up into its place.
    const next = direction === 1 ? from : from - 1;
    return items[((next % items.length) + items.length) % items.length]!;
  }
  return items[(index + direction + items.length) % items.length]!;
}

/**
 * The item to go on to once `key` has been dealt with (memoQ and Trados move on): the next
 * one, or the one before when it was the last; null when it was the only one.
 */
export function nextAfter(items: readonly QueueItem[], key: string): QueueItem | null {
  const index = items.findIndex((item) => item.key === key);
  if (index < 0) return null;
  return items[index + 1] ?? items[index - 1] ?? null;
}
