/**
 * Post-editing: what the reviewer changed in a segment against the MT as delivered, as a word
 * diff for the eye (jsdiff's Myers diff over the text cut into words by Intl.Segmenter, so
 * Chinese and Japanese targets diff by word too) and as a word-level edit distance for the report: the
 * fewest insertions, deletions and substitutions of tokens that turn the MT into the edited
 * target, per token of the edited target. That is HTER's count (Snover et al. 2006: edits
 * per word of the post-edited reference) without TER's block shifts: a moved phrase counts as
 * its deletion and insertion, so the figure is an upper bound of HTER (docs/adr/0018-post-edit-distance.md).
 * Tokens are the words and the punctuation of the text, spaces excluded (segmentWords).
 */
import { diffArrays } from 'diff';
import { segmentWords } from '../text';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface EditDistance {
  /** Token insertions, deletions and substitutions from the MT to the edited target. */
  edits: number;
  /** Tokens of the edited target (HTER's reference length). */
  referenceTokens: number;
  /** edits / referenceTokens; null when the edited target is empty and something was deleted. */
  rate: number | null;
}

/** A segment's two versions: the MT as delivered and the target as it is now. */
export interface PostEditPair {
  delivered: string;
  edited: string;
}

export interface DocumentEditDistance extends EditDistance {
  segments: number;
  /** Segments whose target differs from the MT as delivered. */
  editedSegments: number;
}

/** Above this many tokens on either side a segment is not aligned token by token (quadratic). */
const MAX_ALIGNED_TOKENS = 5000;

/** The text cut at word boundaries, spaces and punctuation included, so the pieces join back to it. */
function pieces(text: string, locale: string): string[] {
  return segmentWords(text, locale).map((segment) => text.slice(segment.start, segment.end));
}

/**
 * The word diff from the MT as delivered to the edited target. Spaces are pieces of their own,
 * so the unchanged and removed parts join back to the MT exactly and the unchanged and added
 * parts to the edit (jsdiff's diffWords may move or merge whitespace).
 */
export function wordDiff(delivered: string, edited: string, locale = 'und'): DiffPart[] {
  return diffArrays(pieces(delivered, locale), pieces(edited, locale)).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join(''),
  }));
}

/** The tokens edit distance counts: words and punctuation, not spaces. */
function editTokens(text: string, locale = 'und'): string[] {
  const tokens: string[] = [];
  for (const segment of segmentWords(text, locale)) {
    const token = text.slice(segment.start, segment.end);
    if (token.trim() !== '') tokens.push(token);
  }
  return tokens;
}

/** Levenshtein over tokens, two rows at a time; common ends are trimmed first. */
function tokenEdits(a: readonly string[], b: readonly string[]): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const rows = endA - start;
  const columns = endB - start;
  if (rows === 0 || columns === 0) return rows + columns;
  if (rows > MAX_ALIGNED_TOKENS || columns > MAX_ALIGNED_TOKENS) return Math.max(rows, columns);
  let previous = Array.from({ length: columns + 1 }, (_, j) => j);
  let current = new Array<number>(columns + 1).fill(0);
  for (let i = 1; i <= rows; i += 1) {
    current[0] = i;
    const token = a[start + i - 1];
    for (let j = 1; j <= columns; j += 1) {
      const substitution = previous[j - 1]! + (token === b[start + j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[columns]!;
}

function rateOf(edits: number, referenceTokens: number): number | null {
  if (referenceTokens > 0) return edits / referenceTokens;
  return edits === 0 ? 0 : null;
}

/** The word-level edit distance of one segment. */
export function postEditDistance(delivered: string, edited: string, locale = 'und'): EditDistance {
  const reference = editTokens(edited, locale);
  const edits = delivered === edited ? 0 : tokenEdits(editTokens(delivered, locale), reference);
  return { edits, referenceTokens: reference.length, rate: rateOf(edits, reference.length) };
}

/** The document's figure, as HTER reports a corpus: all edits over all reference tokens. */
export function documentPostEditDistance(pairs: readonly PostEditPair[], locale = 'und'): DocumentEditDistance {
  let edits = 0;
  let referenceTokens = 0;
  let editedSegments = 0;
  for (const { delivered, edited } of pairs) {
    const distance = postEditDistance(delivered, edited, locale);
    edits += distance.edits;
    referenceTokens += distance.referenceTokens;
    if (delivered !== edited) editedSegments += 1;
  }
  return { edits, referenceTokens, rate: rateOf(edits, referenceTokens), segments: pairs.length, editedSegments };
}
