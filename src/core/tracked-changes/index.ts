/** Tracked changes against the text as imported (issue 15, item 3). */
export {
  acceptInBaseline,
  applyEdits,
  changesOf,
  PARAGRAPH_SEPARATOR,
  rejectionEdits,
  trackedDiff,
  trackedParts,
  type TrackedChange,
  type TrackedDiff,
} from './tracked-changes';
