import { describe, expect, it } from 'vitest';
import type { GlossaryTable } from './columns';
import { formatError, read, row } from './glossary-rows.test-helper';
import { suggestMapping } from './mapping';
import { parseDelimited } from './parse';
import { rowsFromTable } from './rows';

describe('rowsFromTable', () => {
  it('reads every field, trimmed, with the protective apostrophe removed', () => {
    const csv = [
      'Source,Target (MT),Preferred,Forbidden,Status,Part of speech,Domain,Definition,Context,Note,Author,Created,Updated',
      ' 大部制 ,super-ministerial system, super-ministry system ,"big department | large ministry; ",Approved,noun,Politics,"A reform that merges ministries.","大部制改革",\'=see note,Lin,2025-01-31T09:30:00Z,2025-02-01',
    ].join('\n');
    expect(read(csv)).toEqual({
      meta: {},
      rows: [
        {
          source: '大部制',
          target: 'super-ministerial system',
          preferred: 'super-ministry system',
          forbidden: ['big department', 'large ministry'],
          status: 'approved',
          partOfSpeech: 'noun',
          domain: 'Politics',
          definition: 'A reform that merges ministries.',
          context: '大部制改革',
          note: '=see note',
          author: 'Lin',
          createdAt: Date.UTC(2025, 0, 31, 9, 30),
          updatedAt: Date.UTC(2025, 1, 1),
        },
      ],
      skipped: [],
      rowNumbers: [2],
    });
  });

  it('leaves optional fields out when their cells are empty, and reads an empty status as proposed', () => {
    expect(read('Source,Target,Status,Note,Created\n大部制,,,,\n').rows).toEqual([row({ source: '大部制' })]);
  });

  it('keeps a row that has only a target or only a preferred rendering', () => {
    expect(read('Source,Target,Preferred\n,super-ministry,\n,,ministry\n').rows).toEqual([row({ target: 'super-ministry' }), row({ preferred: 'ministry' })]);
  });

  it('skips, with line and reason, rows without terms, with a bad status or an unreadable date', () => {
    const csv = 'Source,Target,Status,Created\n大部制,a,,\n,,approved,\n省政府,b,maybe,\n"multi\nline",c,approved,yesterday\n区,d,Deprecated,2025-02-30\n县,e,do not use,\n';
    const result = read(csv);
    expect(result.rows).toEqual([row({ source: '大部制', target: 'a' }), row({ source: '县', target: 'e', status: 'forbidden' })]);
    expect(result.skipped).toEqual([
      { row: 3, reason: 'no source or target term' },
      { row: 4, reason: 'unknown status “maybe” (use proposed, approved or forbidden)' },
      { row: 5, reason: 'the Created date “yesterday” is not a date (use ISO 8601, e.g. 2025-01-31T09:30:00Z)' },
      { row: 7, reason: 'the Created date “2025-02-30” is not a date (use ISO 8601, e.g. 2025-01-31T09:30:00Z)' },
    ]);
  });

  it('skips a row with cells missing under mapped columns, and keeps one missing only ignored cells', () => {
    const table = parseDelimited('Source,Target,Note,Extra\n大部制,a\n省政府,b,n\n县,c,n,x\n', 'short.csv');
    const result = rowsFromTable(table, ['source', 'target', 'note', 'ignore']);
    expect(result.rows).toEqual([row({ source: '省政府', target: 'b', note: 'n' }), row({ source: '县', target: 'c', note: 'n' })]);
    expect(result.skipped).toEqual([{ row: 2, reason: 'has 2 cells; the header has 4 columns' }]);
  });

  it('skips a row whose extra cells hold text, and ignores extra empty cells', () => {
    const table = parseDelimited('Source,Target\na,b,\nc,d,oops\n', 'long.csv');
    const result = rowsFromTable(table, suggestMapping(table.header));
    expect(result.rows).toEqual([row({ source: 'a', target: 'b' })]);
    expect(result.skipped).toEqual([{ row: 3, reason: 'has 3 cells; the header has 2 columns' }]);
  });

  it('never crashes on a one-cell row or a mapping shorter than the header', () => {
    const table: GlossaryTable = { fileName: 'x.csv', delimiter: ',', header: ['Source', 'Target', 'Note'], rows: [['a'], [], ['b', 'c', 'd']], firstRow: 2 };
    const result = rowsFromTable(table, ['source', 'target']);
    expect(result.rows).toEqual([row({ source: 'b', target: 'c' })]);
    expect(result.skipped).toEqual([
      { row: 2, reason: 'has 1 cell; the header has 3 columns' },
      { row: 3, reason: 'has 0 cells; the header has 3 columns' },
    ]);
  });

  it('refuses a mapping that uses no column for a term', () => {
    const table = parseDelimited('Note,Domain\na,b\n', 'a.csv');
    const error = formatError(() => rowsFromTable(table, suggestMapping(table.header)));
    expect(error.reason).toMatch(/no column holds the source, target or preferred term/);
  });

  it('keeps duplicate rows: merging is not this layer’s business', () => {
    expect(read('Source,Target\na,b\na,b\n').rows).toHaveLength(2);
  });
});
