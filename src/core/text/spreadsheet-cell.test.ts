import { describe, expect, it } from 'vitest';
import { escapeLeadingApostrophe, neutraliseCell, spreadsheetSafeCell } from './spreadsheet-cell';

describe('the spreadsheet-cell rule', () => {
  it('defuses a formula start, even one followed by a line break', () => {
    expect(neutraliseCell('=SUM(A1)\nnext')).toBe("'=SUM(A1)\nnext");
    expect(neutraliseCell('@cmd')).toBe("'@cmd");
    expect(neutraliseCell('plain')).toBe('plain');
  });
  it('adds one apostrophe to a typed apostrophe-formula so a glossary round trip keeps it', () => {
    expect(spreadsheetSafeCell("'=x")).toBe("''=x");
    expect(escapeLeadingApostrophe("'=x")).toBe("''=x");
    expect(escapeLeadingApostrophe('=x')).toBe('=x');
  });
});
