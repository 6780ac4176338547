import { describe, expect, it } from 'vitest';
import { formatError, row } from './glossary-rows.test-helper';
import { readOmegaT, writeOmegaT } from './omegat';

describe('readOmegaT', () => {
  it('reads source, target and comment, skipping comment lines and blank lines', () => {
    const text = '\uFEFF# OmegaT glossary\r\n# source\ttarget\tcomment\r\n大部制\tsuper-ministry system\tfrom the style guide\r\n\r\n省政府\tprovincial government\r\n  县 \t county \t \textra\r\n区\r\n\t\tcomment only\r\n';
    expect(readOmegaT(text, 'project.txt')).toEqual({
      meta: {},
      rows: [
        row({ source: '大部制', preferred: 'super-ministry system', note: 'from the style guide' }),
        row({ source: '省政府', preferred: 'provincial government' }),
        row({ source: '县', preferred: 'county' }),
        row({ source: '区' }),
      ],
      skipped: [{ row: 8, reason: 'it has no source or target term.' }],
      rowNumbers: [3, 5, 6, 7],
    });
  });

  it('keeps quotation marks and apostrophes as typed: OmegaT does not quote', () => {
    expect(readOmegaT('"big" dept\t\'=x\n', 'g.txt').rows).toEqual([row({ source: '"big" dept', preferred: "'=x" })]);
  });

  it('refuses a file with only comments', () => {
    expect(formatError(() => readOmegaT('# nothing\n\n', 'g.txt')).reason).toMatch(/no terms/);
  });
});

describe('writeOmegaT', () => {
  it('writes source, the preferred (else MT) rendering and the note, with no header', () => {
    const rows = [
      row({ source: '大部制', target: 'super-ministerial', preferred: 'super-ministry system', note: 'two\nlines\tand tab' }),
      row({ source: '省政府', target: 'provincial government' }),
      row({ target: 'no source' }),
    ];
    expect(writeOmegaT(rows)).toBe('大部制\tsuper-ministry system\ttwo lines and tab\n省政府\tprovincial government\n');
  });

  it('reads back what it wrote', () => {
    const rows = [row({ source: '大部制', preferred: 'super-ministry system', note: 'n' }), row({ source: '省政府', target: 'provincial government' })];
    expect(readOmegaT(writeOmegaT(rows), 'g.txt').rows).toEqual([row({ source: '大部制', preferred: 'super-ministry system', note: 'n' }), row({ source: '省政府', preferred: 'provincial government' })]);
  });
});
