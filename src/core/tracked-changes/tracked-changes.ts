/**
 * Tracked changes (issue 15, item 3): what the reviewer changed in the article against its
 * baseline, the text as imported (the MT) with every accepted change written into it. Nothing
 * is recorded keystroke by keystroke: the article and the baseline are both stored, and the
 * changes are their word diff, the same diff the post-editing report shows for a bilingual
 * segment (post-edit/wordDiff). So a change survives undo, paste, crashes and restarts the way
 * the text does, typing costs nothing, and an edit undone by hand is no change at all.
 *
 * The diff runs paragraph by paragraph: paragraphs are matched first (a line diff over the
 * blocks, "\n\n"-separated as Glossa stores the text) and only unmatched runs are diffed word by
 * word, so a 10,000-segment article with a few edits diffs a few paragraphs.
 *
 * Accepting a change writes it into the baseline; rejecting one writes the baseline's words
 * back into the article (a text edit the caller applies, one undo step).
 */
import { diffArrays } from 'diff';
import { wordDiff, type DiffPart } from '../post-edit';

export const PARAGRAPH_SEPARATOR = '\n\n';

export interface TrackedChange {
  /** Stable while neither text changes before it: the two offsets. */
  readonly id: string;
  /** Where the change is in the baseline: [baselineStart, baselineEnd) held `removed`. */
  readonly baselineStart: number;
  readonly baselineEnd: number;
  /** Where it is in the article now: [start, end) holds `added`. */
  readonly start: number;
  readonly end: number;
  readonly removed: string;
  readonly added: string;
  /** Joins or splits paragraphs (in a bilingual document, segments: undone in the text there, not rejected). */
  readonly structural: boolean;
}

export interface TrackedDiff {
  /** The whole text as parts: 'same' + 'removed' join to the baseline, 'same' + 'added' to the article. */
  readonly parts: readonly DiffPart[];
  readonly changes: readonly TrackedChange[];
}

/** The paragraphs, each with the separator before it (the first has none): they join back to the text. */
function paragraphsOf(text: string): string[] {
  return text.split(PARAGRAPH_SEPARATOR).map((paragraph, index) => (index === 0 ? paragraph : PARAGRAPH_SEPARATOR + paragraph));
}

/** Appends a part, merging it into the last one of the same kind. */
function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
  else parts.push({ kind, text });
}

/** The word diff of the whole text, paragraphs matched first. */
export function trackedParts(baseline: string, current: string, locale = 'und'): DiffPart[] {
  if (baseline === current) return baseline === '' ? [] : [{ kind: 'same', text: baseline }];
  const parts: DiffPart[] = [];
  const blocks = diffArrays(paragraphsOf(baseline), paragraphsOf(current));
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (!block.added && !block.removed) {
      push(parts, 'same', block.value.join(''));
      continue;
    }
    // A run of removed and/or added paragraphs, diffed word by word as one text on each side.
    const next = blocks[index + 1];
    let removed = '';
    let added = '';
    if (block.removed) {
      removed = block.value.join('');
      if (next?.added) {
        added = next.value.join('');
        index += 1;
      }
    } else added = block.value.join('');
    for (const part of wordDiff(removed, added, locale)) push(parts, part.kind, part.text);
  }
  return parts;
}

/** The changes in a diff: each run of removed and added parts between unchanged words. */
export function changesOf(parts: readonly DiffPart[]): TrackedChange[] {
  const changes: TrackedChange[] = [];
  let baselineAt = 0;
  let currentAt = 0;
  let open: { baselineStart: number; start: number; removed: string; added: string } | null = null;
  const close = () => {
    if (!open) return;
    const baselineEnd = open.baselineStart + open.removed.length;
    const end = open.start + open.added.length;
    changes.push({
      id: `${open.baselineStart}:${open.start}`,
      baselineStart: open.baselineStart,
      baselineEnd,
      start: open.start,
      end,
      removed: open.removed,
      added: open.added,
      structural: open.removed.includes(PARAGRAPH_SEPARATOR) || open.added.includes(PARAGRAPH_SEPARATOR),
    });
    open = null;
  };
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!;
    // Words changed on both sides of one space are one change to a reader ("plan system" → "system").
    const between = part.kind === 'same' && open !== null && index + 1 < parts.length && /^[^\S\n]+$/u.test(part.text);
    if (between && open) {
      open.removed += part.text;
      open.added += part.text;
      baselineAt += part.text.length;
      currentAt += part.text.length;
      continue;
    }
    if (part.kind === 'same') {
      close();
      baselineAt += part.text.length;
      currentAt += part.text.length;
      continue;
    }
    open ??= { baselineStart: baselineAt, start: currentAt, removed: '', added: '' };
    if (part.kind === 'removed') {
      open.removed += part.text;
      baselineAt += part.text.length;
    } else {
      open.added += part.text;
      currentAt += part.text.length;
    }
  }
  close();
  return changes;
}

export function trackedDiff(baseline: string, current: string, locale = 'und'): TrackedDiff {
  const parts = trackedParts(baseline, current, locale);
  return { parts, changes: changesOf(parts) };
}

/** The baseline with these changes (of one diff) accepted: their words written into it. */
export function acceptInBaseline(baseline: string, changes: readonly TrackedChange[]): string {
  let text = baseline;
  for (const change of [...changes].sort((a, b) => b.baselineStart - a.baselineStart)) {
    text = text.slice(0, change.baselineStart) + change.added + text.slice(change.baselineEnd);
  }
  return text;
}

/** The article edits that reject these changes (of one diff): the baseline's words put back. */
export function rejectionEdits(changes: readonly TrackedChange[]): { start: number; end: number; text: string }[] {
  return changes.map((change) => ({ start: change.start, end: change.end, text: change.removed }));
}

/** The article text with the edits applied (what the editor will hold after a rejection). */
export function applyEdits(text: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
