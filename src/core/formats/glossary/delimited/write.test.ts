import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { GlossaryRow } from '../types';
import { FIELDS, glossaryRow, HEADERS, read, row } from './glossary-rows.test-helper';
import { suggestMapping } from './mapping';
import { parseDelimited } from './parse';
import { rowsFromTable } from './rows';
import { writeCsv, writeTsv } from './write';

const SAMPLE: GlossaryRow[] = [
  row({
    source: '大部制',
    target: 'super-ministerial system',
    preferred: 'super-ministry system',
    forbidden: ['big department', 'large ministry'],
    status: 'approved',
    partOfSpeech: 'noun',
    domain: 'Politics',
    definition: 'Merging ministries, "one big" reform.',
    context: '推进大部制改革',
    note: 'Line one,\nline two',
    author: 'Lin',
    createdAt: Date.UTC(2025, 0, 31, 9, 30, 0, 123),
    updatedAt: Date.UTC(2025, 1, 1),
  }),
  row({ source: '=HYPERLINK("http://x.test")', target: '+1', preferred: '-x', forbidden: ['@SUM(A1)'], note: "'=kept" }),
];

describe('writeCsv', () => {
  const csv = writeCsv(SAMPLE);

  it('is UTF-8 with a byte order mark, Glossa’s header and CRLF line endings', () => {
    expect(csv.startsWith(`\uFEFF${HEADERS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(writeCsv(SAMPLE, { byteOrderMark: false }).startsWith('Source,')).toBe(true);
    expect(writeCsv([])).toBe(`\uFEFF${HEADERS.join(',')}\r\n`);
  });

  it('quotes per RFC 4180, neutralises formulas, joins forbidden with " | " and writes ISO dates', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]).toEqual([
      '大部制',
      'super-ministerial system',
      'super-ministry system',
      'big department | large ministry',
      'approved',
      'noun',
      'Politics',
      'Merging ministries, "one big" reform.',
      '推进大部制改革',
      'Line one,\nline two',
      'Lin',
      '2025-01-31T09:30:00.123Z',
      '2025-02-01T00:00:00.000Z',
    ]);
    expect(parsed.data[2]?.slice(0, 4)).toEqual(['\'=HYPERLINK("http://x.test")', "'+1", "'-x", "'@SUM(A1)"]);
    expect(parsed.data[2]?.[9]).toBe("''=kept");
  });

  it('reads back unchanged', () => {
    expect(read(csv)).toEqual({ meta: {}, rows: SAMPLE, skipped: [], rowNumbers: expect.any(Array) });
  });

  it('round-trips every field of arbitrary rows through parseDelimited, suggestMapping and rowsFromTable', () => {
    fc.assert(
      fc.property(fc.array(glossaryRow, { minLength: 1, maxLength: 5 }), (rows) => {
        const table = parseDelimited(writeCsv(rows), 'export.csv');
        expect(table.delimiter).toBe(',');
        const mapping = suggestMapping(table.header);
        expect(mapping).toEqual(FIELDS);
        expect(rowsFromTable(table, mapping)).toEqual({ meta: {}, rows, skipped: [], rowNumbers: expect.any(Array) });
      }),
      { numRuns: 300 },
    );
  });
});

describe('writeTsv', () => {
  it('writes the CSV columns tab-separated, tabs and line breaks in cells as spaces, formulas neutralised', () => {
    const tsv = writeTsv([row({ source: 'a\tb', target: '=1', note: 'one\ntwo\r\nthree' })], { byteOrderMark: false });
    const [header, line] = tsv.split('\r\n');
    expect(header).toBe(HEADERS.join('\t'));
    expect(line?.split('\t').slice(0, 3)).toEqual(['a b', "'=1", '']);
    expect(line?.split('\t')[9]).toBe('one two  three');
    expect(tsv.endsWith('\r\n')).toBe(true);
  });

  it('quotes only a cell that starts with a quotation mark', () => {
    const line = writeTsv([row({ source: '"quoted" word', target: '5" screen' })], { byteOrderMark: false }).split('\r\n')[1];
    expect(line?.split('\t').slice(0, 2)).toEqual(['"""quoted"" word"', '5" screen']);
  });

  it('round-trips rows through parseDelimited, with tabs and line breaks as spaces', () => {
    const flat = (text: string) => text.replace(/[\t\n]/g, ' ');
    fc.assert(
      fc.property(fc.array(glossaryRow, { minLength: 1, maxLength: 5 }), (rows) => {
        const table = parseDelimited(writeTsv(rows), 'export.tsv');
        expect(table.delimiter).toBe('\t');
        const expected = rows.map((original) => {
          const copy: GlossaryRow = { ...original, source: flat(original.source), target: flat(original.target), preferred: flat(original.preferred), forbidden: original.forbidden.map(flat) };
          for (const field of ['partOfSpeech', 'domain', 'definition', 'context', 'note', 'author'] as const) {
            const value = original[field];
            if (value !== undefined) copy[field] = flat(value);
          }
          return copy;
        });
        expect(rowsFromTable(table, suggestMapping(table.header))).toEqual({ meta: {}, rows: expected, skipped: [], rowNumbers: expect.any(Array) });
      }),
      { numRuns: 200 },
    );
  });
});
