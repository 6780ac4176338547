/** Tracked changes: the Changes panel and the corrected-text exports (issue 15, item 3). */
export { ChangesPanel, type CorrectedFormat } from './changes-panel';
export { exportCorrected } from './export-corrected';
