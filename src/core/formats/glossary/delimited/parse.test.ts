import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GlossaryFormatError } from '../types';
import type { ColumnField, GlossaryTable } from './columns';
import { FIELDS, formatError, HEADERS } from './glossary-rows.test-helper';
import { suggestMapping } from './mapping';
import { readMemoQ } from './memoq';
import { readOmegaT } from './omegat';
import { parseDelimited } from './parse';
import { rowsFromTable } from './rows';

describe('parseDelimited', () => {
  it('detects comma, semicolon and tab', () => {
    expect(parseDelimited('Source,Target\n大部制,super-ministry', 'a.csv').delimiter).toBe(',');
    expect(parseDelimited('Source;Target\n大部制;super, ministry', 'a.csv').delimiter).toBe(';');
    expect(parseDelimited('Source\tTarget\n大部制\tsuper, ministry; system', 'a.tsv').delimiter).toBe('\t');
  });

  it('uses the delimiter it is given', () => {
    const table = parseDelimited('Source;Target\na,b;c', 'a.csv', { delimiter: ',' });
    expect(table.header).toEqual(['Source;Target']);
    expect(table.rows).toEqual([['a', 'b;c']]);
  });

  it('drops a byte order mark, reads CRLF, skips blank lines and reports the line each row starts on', () => {
    const table = parseDelimited('\uFEFFSource,Note\r\n\r\na,"two\r\nlines"\r\n   \r\nb,x\r\n', 'a.csv');
    expect(table.header).toEqual(['Source', 'Note']);
    expect(table.rows).toEqual([
      ['a', 'two\nlines'],
      ['b', 'x'],
    ]);
    expect(table.firstRow).toBe(3);
    expect(table.lines).toEqual([3, 6]);
  });

  it('names and pads the columns of a file without a header', () => {
    const table = parseDelimited('a\tb\nc\td\te\n', 'a.tsv', { header: false, delimiter: '\t' });
    expect(table.header).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(table.rows).toEqual([
      ['a', 'b', ''],
      ['c', 'd', 'e'],
    ]);
    expect(table.firstRow).toBe(1);
  });

  it('refuses a file with no rows, and one with a header but no terms', () => {
    expect(formatError(() => parseDelimited('', 'a.csv')).reason).toBe('it has no rows.');
    expect(formatError(() => parseDelimited('\n \n', 'a.csv')).reason).toBe('it has no rows.');
    expect(formatError(() => parseDelimited('Source,Target\n', 'a.csv')).reason).toBe('it has a header row but no terms.');
    expect(formatError(() => parseDelimited(`${HEADERS.join(',')}\r\n`, 'a.csv')).reason).toBe('it has a header row but no terms.');
  });

  it('refuses a CSV whose quotes do not pair up, naming the line', () => {
    const error = formatError(() => parseDelimited('Source,Target\na,b\n"c,d\ne,f\n', 'broken.csv'));
    expect(error.fileName).toBe('broken.csv');
    expect(error.reason).toMatch(/quotation marks do not pair up \(line 3\)/);
    expect(formatError(() => parseDelimited('Source,Target\n"a"b,c\n', 'a.csv')).reason).toMatch(/line 2/);
  });

  it('reads a tab-separated file with unbalanced quotes with the quotes as plain characters', () => {
    const table = parseDelimited('Source\tTarget\n"big\tdepartment\n5" screen\t"quoted" word\n', 'a.tsv');
    expect(table.rows).toEqual([
      ['"big', 'department'],
      ['5" screen', '"quoted" word'],
    ]);
  });

  it('throws nothing but GlossaryFormatError on any text, and never crashes rowsFromTable', () => {
    const garbage = fc.oneof(
      fc.array(fc.constantFrom('"', ',', ';', '\t', '\n', '\r', 'a', ' ', "'", '=', '大', '\0', '\uFEFF'), { maxLength: 40 }).map((chars) => chars.join('')),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    const fields: ColumnField[] = [...FIELDS, 'ignore'];
    fc.assert(
      fc.property(garbage, fc.array(fc.constantFrom(...fields), { maxLength: 6 }), fc.boolean(), (text, mapping, header) => {
        let table: GlossaryTable;
        try {
          table = parseDelimited(text, 'garbage.csv', { header });
        } catch (error) {
          expect(error).toBeInstanceOf(GlossaryFormatError);
          return;
        }
        for (const candidate of [mapping, suggestMapping(table.header)]) {
          try {
            const result = rowsFromTable(table, candidate);
            expect(result.rows.length + result.skipped.length).toBe(table.rows.length);
          } catch (error) {
            expect(error).toBeInstanceOf(GlossaryFormatError);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lets readOmegaT and readMemoQ throw nothing but GlossaryFormatError either', () => {
    const garbage = fc.array(fc.constantFrom('"', ';', '\t', '\n', 'Entry_ID', 'Entry_Created', 'English', 'Chinese', 'Term_Info', 'a', '#', '1/2/2020 1:00:00 PM'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(garbage, (text) => {
        for (const reader of [readOmegaT, readMemoQ]) {
          try {
            reader(text, 'garbage.txt');
          } catch (error) {
            expect(error).toBeInstanceOf(GlossaryFormatError);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
