/** The spreadsheet-cell rule lives in core/text (one rule for every exporter); re-exported for review exports. */
export { neutraliseCell } from '../../text/spreadsheet-cell';
