/**
 * What an XLIFF export writes into the original file for one segment: the reviewed target, the
 * state, quality issues and notes. The lead's export passes one SegmentEdit per segment the
 * reviewer touched (or flagged); segments without one stay exactly as the file had them.
 */
import type { InlineContent, SegmentState } from '../../bilingual/types';
import type { LqiFlag } from './its-lqi';

export interface SegmentEdit {
  /** BilingualSegment.id. */
  readonly id: string;
  /** The current target; absent: the file's target is kept (flags may still be added around it). */
  readonly target?: InlineContent;
  /** Absent: 'needs-review' when a flag is given, else 'reviewed'. */
  readonly state?: SegmentState;
  readonly flags?: readonly LqiFlag[];
  /** Written as <note> elements (XLIFF 1.2: in the trans-unit; 2.x: in the unit's <notes>). */
  readonly notes?: readonly string[];
}

export function editState(edit: SegmentEdit): SegmentState {
  return edit.state ?? ((edit.flags?.length ?? 0) > 0 ? 'needs-review' : 'reviewed');
}

/** One change to the original text: replace [start, end) with `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping splices (any order) to `text`. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const splice of sorted) {
    out += text.slice(at, splice.start) + splice.text;
    at = Math.max(at, splice.end);
  }
  return out + text.slice(at);
}

/** The worst state of a unit's segments, for formats that hold one state per unit (XLIFF 1.2 <target state>). */
export function unitState(states: readonly SegmentState[]): SegmentState {
  const ORDER: readonly SegmentState[] = ['initial', 'needs-review', 'translated', 'reviewed', 'final'];
  return states.reduce((worst, state) => (ORDER.indexOf(state) < ORDER.indexOf(worst) ? state : worst), 'final');
}
