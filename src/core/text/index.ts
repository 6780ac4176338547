/** Text primitives for core: hashing and the spreadsheet-cell rule (issue 9, item 5; see ADR 0015). */
export { FNV_OFFSET, FNV_PRIME, fnvStep } from './hash';
export { dropProtectiveApostrophe, escapeLeadingApostrophe, neutraliseCell, spreadsheetSafeCell } from './spreadsheet-cell';
