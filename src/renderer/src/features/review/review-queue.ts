// Renderer: the review queue: flags and automatic findings, filtered and sorted.
import type { Annotation, AnnotationStatus, Severity } from '@core/model';
import { dimensionOf } from '@core/mqm';
import type { KeyedFinding } from '@core/qa';

export type QueueItem =
  | { type: 'flag'; key: string; start: number; severity: Severity | undefined; category: string | undefined; annotation: Annotation }
  | { type: 'finding'; key: string; start: number; severity: Severity; category: string; finding: KeyedFinding };

export interface QueueFilter {
  kind: 'all' | 'flag' | 'finding';
  status: 'all' | AnnotationStatus;
  severity: 'all' | Severity;
  /** An MQM dimension id: a category matches when it is the dimension or under it. */
  dimension: 'all' | string;
  sort: 'position' | 'severity';
}

export const DEFAULT_FILTER: QueueFilter = { kind: 'all', status: 'all', severity: 'all', dimension: 'all', sort: 'position' };

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, major: 1, minor: 2, neutral: 3 };

export function buildQueue(annotations: readonly Annotation[], findings: readonly KeyedFinding[], filter: QueueFilter): QueueItem[] {
  const items: QueueItem[] = [];
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

/** The item after (or before) the current one, wrapping around; the first when none is current. */
export function stepQueue(items: readonly QueueItem[], currentKey: string | null, direction: 1 | -1): QueueItem | null {
  if (items.length === 0) return null;
  const index = items.findIndex((item) => item.key === currentKey);
  if (index < 0) return direction === 1 ? items[0]! : items[items.length - 1]!;
  return items[(index + direction + items.length) % items.length]!;
}
