import { describe, expect, it } from 'vitest';
import { spreadsheetSafeCell } from '../../../text/spreadsheet-cell';
import { cleanCell, parseStatus, splitForbidden } from './cells';

describe('cells', () => {
  it('removes the apostrophe neutraliseCell added, and trims', () => {
    expect(cleanCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(cleanCell("  '+1 ")).toBe('+1');
    expect(cleanCell("'-")).toBe('-');
    expect(cleanCell("'@x")).toBe('@x');
    expect(cleanCell("'\t=1")).toBe('=1');
    expect(cleanCell("''=1")).toBe("'=1");
    expect(cleanCell("'plain")).toBe("'plain");
    expect(cleanCell("it's")).toBe("it's");
    expect(cleanCell(undefined)).toBe('');
  });

  it('writes an apostrophe before formula starts and before an apostrophe-formula start, so both come back', () => {
    for (const cell of ['=1', '+1', '-1', '@a', "'=1", "''+1", "'plain", 'plain', '']) {
      expect(cleanCell(spreadsheetSafeCell(cell))).toBe(cell);
    }
    expect(spreadsheetSafeCell('=1')).toBe("'=1");
    expect(spreadsheetSafeCell("'=1")).toBe("''=1");
  });

  it('splits forbidden renderings on | and ;, trimming and dropping empties', () => {
    expect(splitForbidden('big department | large ministry;  ;major dept|')).toEqual(['big department', 'large ministry', 'major dept']);
    expect(splitForbidden('')).toEqual([]);
  });

  it('reads statuses and their synonyms case-insensitively', () => {
    expect(parseStatus('')).toBe('proposed');
    expect(parseStatus('Approved')).toBe('approved');
    expect(parseStatus('PREFERRED')).toBe('approved');
    expect(parseStatus('Do not use')).toBe('forbidden');
    expect(parseStatus('do_not_use')).toBe('forbidden');
    expect(parseStatus('deprecated')).toBe('forbidden');
    expect(parseStatus('New')).toBe('proposed');
    expect(parseStatus('draft')).toBe('proposed');
    expect(parseStatus('maybe')).toBeNull();
    expect(parseStatus('constructor')).toBeNull();
  });
});
