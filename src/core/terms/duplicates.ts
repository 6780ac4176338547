import type { Term, TermStatus } from '../model';
import { normaliseTerm } from './normalise';

/**
 * Duplicate glossary entries, as imports from several files produce them, and
 * the merge that folds a group into one entry. Both linear: 100,000 terms are
 * grouped with two hash maps.
 */

export interface DuplicateGroup {
  /** normalised key */
  key: string;
  ids: string[];
  reason: 'same-source-and-target' | 'same-source';
}

type DuplicateCandidate = Pick<Term, 'id' | 'source' | 'target' | 'preferred'>;

/**
 * The rendering an entry asks for: its preferred one, or what the MT wrote when
 * no preferred one is agreed. Entries with the same source that ask for the same
 * rendering are the same entry twice; merging them loses nothing.
 */
function renderingOf(term: DuplicateCandidate): string {
  return normaliseTerm(term.preferred ?? '') || normaliseTerm(term.target ?? '');
}

/**
 * Groups of entries that look like one term entered more than once.
 *
 * 'same-source-and-target': same normalised source and the same normalised
 * rendering (preferred, or target when preferred is empty); the key is
 * "source\trendering" (normalised text never holds a tab). Entries with an empty
 * source but the same rendering group too (target-only glossaries).
 * 'same-source': the entries left over that share a non-empty normalised source
 * but render it differently, a choice for the translator; the key is the
 * source. An entry is in at most one group, the stronger; groups are in the
 * order of their first entry, ids in input order.
 */
export function findDuplicateGroups(terms: readonly DuplicateCandidate[]): DuplicateGroup[] {
  const sources = terms.map((term) => normaliseTerm(term.source ?? ''));
  const sameRendering = new Map<string, number[]>();
  terms.forEach((term, index) => {
    const rendering = renderingOf(term);
    if (rendering === '') return;
    const key = `${sources[index]!}\t${rendering}`;
    const members = sameRendering.get(key);
    if (members) members.push(index);
    else sameRendering.set(key, [index]);
  });

  /** Per entry: the group it opens (its first member), if any. */
  const opens = new Map<number, DuplicateGroup>();
  const claimed = new Uint8Array(terms.length);
  for (const [key, members] of sameRendering) {
    if (members.length < 2) continue;
    for (const index of members) claimed[index] = 1;
    opens.set(members[0]!, { key, ids: members.map((index) => terms[index]!.id), reason: 'same-source-and-target' });
  }

  const sameSource = new Map<string, number[]>();
  terms.forEach((_, index) => {
    const source = sources[index]!;
    if (claimed[index] === 1 || source === '') return;
    const members = sameSource.get(source);
    if (members) members.push(index);
    else sameSource.set(source, [index]);
  });
  for (const [key, members] of sameSource) {
    if (members.length >= 2) opens.set(members[0]!, { key, ids: members.map((index) => terms[index]!.id), reason: 'same-source' });
  }

  const groups: DuplicateGroup[] = [];
  for (let index = 0; index < terms.length; index += 1) {
    const group = opens.get(index);
    if (group) groups.push(group);
  }
  return groups;
}

/** Distinct non-empty (trimmed) values in order, joined by line breaks; undefined when there are none. */
function joinDistinct(values: readonly (string | undefined)[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    const trimmed = value?.trim();
    if (trimmed) seen.add(trimmed);
  }
  return seen.size > 0 ? [...seen].join('\n') : undefined;
}

function firstFilled<T>(values: readonly (T | undefined)[]): T | undefined {
  return values.find((value) => value !== undefined && value !== null && value !== '');
}

/**
 * Folds `others` into `keep`: one entry with keep's id and glossary, the
 * earliest createdAt and updatedAt = now. Keep's empty fields are filled from
 * the others in order; forbidden variants are pooled (first spelling of each
 * normalised variant wins, the preferred rendering never among them); notes,
 * definitions and contexts keep every distinct text, one per line. Status:
 * forbidden if keep is, else approved if any entry is, else proposed. The
 * caller moves the others to Trash.
 */
export function mergeTerms(keep: Term, others: readonly Term[], now: number): Term {
  const rest = others.filter((other) => other.id !== keep.id);
  const all = [keep, ...rest];
  const merged: Term = { ...keep, forbidden: [...keep.forbidden], updatedAt: now };
  merged.createdAt = Math.min(...all.map((term) => term.createdAt));

  merged.source = firstFilled(all.map((term) => term.source)) ?? keep.source;
  merged.target = firstFilled(all.map((term) => term.target)) ?? keep.target;
  merged.preferred = firstFilled(all.map((term) => term.preferred)) ?? keep.preferred;
  merged.author = firstFilled(all.map((term) => term.author)) ?? keep.author;
  for (const field of ['partOfSpeech', 'domain'] as const) {
    const value = firstFilled(all.map((term) => term[field]));
    if (value !== undefined) merged[field] = value;
  }
  for (const field of ['note', 'definition', 'context'] as const) {
    const value = joinDistinct(all.map((term) => term[field]));
    if (value !== undefined) merged[field] = value;
  }

  const preferredKey = normaliseTerm(merged.preferred);
  const seen = new Set<string>();
  merged.forbidden = [];
  for (const term of all) {
    for (const variant of term.forbidden ?? []) {
      const key = normaliseTerm(variant);
      if (key === '' || key === preferredKey || seen.has(key)) continue;
      seen.add(key);
      merged.forbidden.push(variant);
    }
  }

  merged.status = mergedStatus(keep.status, rest.map((term) => term.status));
  return merged;
}

function mergedStatus(keep: TermStatus, others: readonly TermStatus[]): TermStatus {
  if (keep === 'forbidden') return 'forbidden';
  if (keep === 'approved' || others.includes('approved')) return 'approved';
  return 'proposed';
}
