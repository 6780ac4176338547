/** Tracked changes: the Changes panel and the corrected-text exports (issue 15, item 3). */
export { ChangesPanel, INSERTED_HIGHLIGHT, type CorrectedFormat } from './changes-panel';
export { useTrackedChanges } from './use-tracked-changes';
export { exportCorrected } from './export-corrected';
