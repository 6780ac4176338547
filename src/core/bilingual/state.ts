/**
 * Segment states: each format's values mapped to Glossa's small set (SegmentState), and back
 * for export. The file's own value always travels with the segment (originalState), so a
 * state Glossa did not change is written back as it was.
 */
import type { SegmentState } from './types';

/** XLIFF 1.2 <target state> (and trans-unit approved="yes"). Unknown and x- values count as translated. */
export function stateFromXliff12(state: string | undefined, approved: boolean): SegmentState {
  switch (state) {
    case 'final':
      return 'final';
    case 'signed-off':
      return 'reviewed';
    case 'needs-review-translation':
    case 'needs-review-adaptation':
    case 'needs-review-l10n':
    case 'needs-adaptation':
    case 'needs-l10n':
      return approved ? 'reviewed' : 'needs-review';
    case 'new':
    case 'needs-translation':
      return 'initial';
    case undefined:
      return approved ? 'reviewed' : 'translated';
    default:
      return approved ? 'reviewed' : 'translated';
  }
}

/** Trados sdl:seg conf. No conf: not translated yet. */
export function stateFromSdlConf(conf: string | undefined): SegmentState {
  switch (conf) {
    case 'ApprovedSignOff':
      return 'final';
    case 'ApprovedTranslation':
      return 'reviewed';
    case 'RejectedTranslation':
    case 'RejectedSignOff':
      return 'needs-review';
    case 'Draft':
    case 'Translated':
      return 'translated';
    default:
      return 'initial';
  }
}

/** XLIFF 2.x segment state (default initial); a subState written by Glossa for "needs review" is read back. */
export function stateFromXliff2(state: string | undefined, subState: string | undefined): SegmentState {
  if (subState === GLOSSA_NEEDS_REVIEW_SUBSTATE) return 'needs-review';
  switch (state) {
    case 'final':
      return 'final';
    case 'reviewed':
      return 'reviewed';
    case 'translated':
      return 'translated';
    default:
      return 'initial';
  }
}

/** XLIFF 2 has no "needs review" state: Glossa writes state="translated" with this subState. */
export const GLOSSA_NEEDS_REVIEW_SUBSTATE = 'glossa:needs-review';

export function stateToXliff12(state: SegmentState): string {
  return { initial: 'new', translated: 'translated', 'needs-review': 'needs-review-translation', reviewed: 'signed-off', final: 'final' }[state];
}

export function stateToSdlConf(state: SegmentState): string | undefined {
  return { initial: undefined, translated: 'Translated', 'needs-review': 'RejectedTranslation', reviewed: 'ApprovedTranslation', final: 'ApprovedSignOff' }[state];
}

export function stateToXliff2(state: SegmentState): { state: string; subState?: string } {
  if (state === 'needs-review') return { state: 'translated', subState: GLOSSA_NEEDS_REVIEW_SUBSTATE };
  return { state };
}
