import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './neutralise-cell';

describe('neutraliseCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")\n2', '-'])('prefixes an apostrophe to %j', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it.each(['', 'plain', '1-1', 'a=b', "'=1", '大部制'])('leaves %j as it is', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});
