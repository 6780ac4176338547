// Renderer: what the glossary table shows: the terms filtered, searched and sorted.
// Pure, so the table stays a thin view and this is tested on its own.
import type { Term, TermStatus } from '@core/model';
import { findDuplicateGroups, normaliseTerm } from '@core/terms';

export type SortKey = 'source' | 'target' | 'preferred' | 'status' | 'domain' | 'updatedAt';
type SortDirection = 'ascending' | 'descending';

export interface TermQuery {
  search: string;
  status: TermStatus | 'all';
  duplicatesOnly: boolean;
  sort: { key: SortKey; direction: SortDirection } | null;
}

export const DEFAULT_QUERY: TermQuery = { search: '', status: 'all', duplicatesOnly: false, sort: null };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function haystack(term: Term): string {
  return normaliseTerm([term.source, term.target, term.preferred, ...term.forbidden, term.domain ?? '', term.note ?? ''].join('\u0000'));
}

interface TermView {
  rows: Term[];
  /** Term id → the id of the first term of its duplicate group, for terms that have duplicates. */
  duplicateOf: Map<string, string>;
}

/**
 * The rows to show. Duplicates (same source, or same source and rendering) are found over
 * the whole glossary; "duplicates only" keeps those rows, each group together.
 */
export function viewTerms(terms: readonly Term[], query: TermQuery): TermView {
  const duplicateOf = new Map<string, string>();
  for (const group of findDuplicateGroups(terms)) {
    for (const id of group.ids) duplicateOf.set(id, group.ids[0]!);
  }
  const needle = normaliseTerm(query.search);
  let rows = terms.filter(
    (term) =>
      (query.status === 'all' || term.status === query.status) &&
      (!query.duplicatesOnly || duplicateOf.has(term.id)) &&
      (needle === '' || haystack(term).includes(needle)),
  );
  if (query.sort) {
    const { key, direction } = query.sort;
    const sign = direction === 'ascending' ? 1 : -1;
    rows = [...rows].sort((a, b) => {
      const order = key === 'updatedAt' ? a.updatedAt - b.updatedAt : collator.compare(a[key] ?? '', b[key] ?? '');
      return sign * order;
    });
  }
  if (query.duplicatesOnly) {
    // Keep each group together, in the order its first member appears.
    const position = new Map<string, number>();
    rows.forEach((term, index) => {
      const group = duplicateOf.get(term.id)!;
      if (!position.has(group)) position.set(group, index);
    });
    rows = [...rows].sort((a, b) => position.get(duplicateOf.get(a.id)!)! - position.get(duplicateOf.get(b.id)!)!);
  }
  return { rows, duplicateOf };
}
