import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  cleanCell,
  GLOSSARY_COLUMNS,
  parseDate,
  parseDelimited,
  parseStatus,
  readMemoQ,
  readOmegaT,
  rowsFromTable,
  splitForbidden,
  spreadsheetSafeCell,
  suggestMapping,
  writeCsv,
  writeOmegaT,
  writeTsv,
} from './delimited';
import type { ColumnField, GlossaryTable } from './delimited';
import { GlossaryFormatError } from './types';
import type { GlossaryRow } from './types';

const HEADERS = GLOSSARY_COLUMNS.map((column) => column.header);
const FIELDS = GLOSSARY_COLUMNS.map((column) => column.field);

function row(overrides: Partial<GlossaryRow>): GlossaryRow {
  return { source: '', target: '', preferred: '', forbidden: [], status: 'proposed', ...overrides };
}

function read(text: string, fileName = 'glossary.csv') {
  const table = parseDelimited(text, fileName);
  return rowsFromTable(table, suggestMapping(table.header));
}

function formatError(run: () => unknown): GlossaryFormatError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryFormatError);
    return error as GlossaryFormatError;
  }
  throw new Error('expected a GlossaryFormatError');
}

// -----------------------------------------------------------------------------------------------
// Arbitraries
// -----------------------------------------------------------------------------------------------

/** Pieces that stress CSV: formula starts, quotes, delimiters, line breaks, apostrophes, CJK, emoji. */
const PIECES = ['=', '+', '-', '@', "'", '"', ',', ';', '\t', '\n', ' ', 'a', 'Z', '1', '大部制', '省政府', '👍🏽', 'é', '|', '#', '\u00a0', 'constructor', '__proto__'];

/** What a reader gives back: trimmed text without the line breaks decodeGlossaryText normalises. */
function readable(text: string): string {
  return text.replace(/[\0\r\v\f\u2028\u2029]/g, '').trim();
}

const someText = fc
  .oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((pieces) => pieces.join('')), fc.string({ unit: 'grapheme', maxLength: 10 }))
  .map(readable);
const nonEmptyText = someText.filter((text) => text !== '');
const forbiddenItem = nonEmptyText.map((text) => readable(text.replace(/[|;]/g, ''))).filter((text) => text !== '');
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

const glossaryRow: fc.Arbitrary<GlossaryRow> = fc
  .record({
    source: someText,
    target: someText,
    preferred: someText,
    forbidden: fc.array(forbiddenItem, { maxLength: 3 }),
    status: fc.constantFrom('proposed', 'approved', 'forbidden') as fc.Arbitrary<GlossaryRow['status']>,
    partOfSpeech: fc.option(nonEmptyText, { nil: undefined }),
    domain: fc.option(nonEmptyText, { nil: undefined }),
    definition: fc.option(nonEmptyText, { nil: undefined }),
    context: fc.option(nonEmptyText, { nil: undefined }),
    note: fc.option(nonEmptyText, { nil: undefined }),
    author: fc.option(nonEmptyText, { nil: undefined }),
    createdAt: fc.option(time, { nil: undefined }),
    updatedAt: fc.option(time, { nil: undefined }),
  })
  .filter((candidate) => candidate.source !== '' || candidate.target !== '' || candidate.preferred !== '');

// -----------------------------------------------------------------------------------------------
// Cells
// -----------------------------------------------------------------------------------------------

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

  it('reads ISO 8601 dates, a time without an offset as UTC, and memoQ dates', () => {
    expect(parseDate('')).toBeUndefined();
    expect(parseDate('2025-01-31')).toBe(Date.UTC(2025, 0, 31));
    expect(parseDate('2025-01-31T09:30:00Z')).toBe(Date.UTC(2025, 0, 31, 9, 30));
    expect(parseDate('2025-01-31T09:30:00.123Z')).toBe(Date.UTC(2025, 0, 31, 9, 30, 0, 123));
    expect(parseDate('2025-01-31T09:30:00.1234567Z')).toBe(Date.UTC(2025, 0, 31, 9, 30, 0, 123));
    expect(parseDate('2025-01-31 09:30')).toBe(Date.UTC(2025, 0, 31, 9, 30));
    expect(parseDate('2025-01-31T09:30:00+08:00')).toBe(Date.UTC(2025, 0, 31, 1, 30));
    expect(parseDate('2025-01-31T09:30:00-0530')).toBe(Date.UTC(2025, 0, 31, 15, 0));
    expect(parseDate('3/7/2021 2:05:09 PM')).toBe(Date.UTC(2021, 2, 7, 14, 5, 9));
    expect(parseDate('3/7/2021 12:00:00 AM')).toBe(Date.UTC(2021, 2, 7, 0, 0, 0));
    expect(parseDate('12/31/2021 12:30:00 PM')).toBe(Date.UTC(2021, 11, 31, 12, 30));
    expect(parseDate('0050-06-01')).toBe(new Date('0050-06-01T00:00:00Z').getTime());
  });

  it('refuses what is not such a date, including days that do not exist', () => {
    for (const text of ['yesterday', '2025-02-30', '2025-13-01', '2025-01-31T24:00:00Z', '31/12/2021', '13/1/2021 1:00:00 PM', '1/1/2021 13:00:00 PM', '2025-01-31T09:30:00+25:00', '1700000000000']) {
      expect(parseDate(text), text).toBeNull();
    }
  });
});

// -----------------------------------------------------------------------------------------------
// parseDelimited
// -----------------------------------------------------------------------------------------------

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

// -----------------------------------------------------------------------------------------------
// suggestMapping
// -----------------------------------------------------------------------------------------------

describe('suggestMapping', () => {
  it('recognises Glossa’s own headers exactly', () => {
    expect(suggestMapping(HEADERS)).toEqual(FIELDS);
    expect(suggestMapping([...HEADERS].reverse())).toEqual([...FIELDS].reverse());
  });

  it('recognises common names case-insensitively', () => {
    expect(
      suggestMapping(['SOURCE TERM', 'translation', 'Preferred translation', 'Do not use', 'pos', 'Subject field', 'DEFINITION', 'Example', 'Comments', 'Created by', 'Creation date', 'Last modified', 'Status']),
    ).toEqual(['source', 'target', 'preferred', 'forbidden', 'partOfSpeech', 'domain', 'definition', 'context', 'note', 'author', 'createdAt', 'updatedAt', 'status']);
    expect(suggestMapping(['Original', 'MT', 'Approved', 'Deprecated', 'Part-of-speech', 'Subject', 'Notes', 'Creator', 'Created', 'Modified'])).toEqual([
      'source',
      'target',
      'preferred',
      'forbidden',
      'partOfSpeech',
      'domain',
      'note',
      'author',
      'createdAt',
      'updatedAt',
    ]);
    expect(suggestMapping(['原文', '译文', '推荐译文', '备注'])).toEqual(['source', 'target', 'preferred', 'note']);
  });

  it('matches language names and codes against the glossary’s languages, zh → en by default', () => {
    expect(suggestMapping(['Chinese', 'English'])).toEqual(['source', 'target']);
    expect(suggestMapping(['English', 'Chinese'])).toEqual(['target', 'source']);
    expect(suggestMapping(['zh-CN', 'en-US', 'Note'])).toEqual(['source', 'target', 'note']);
    expect(suggestMapping(['zho-CN', 'eng-US'])).toEqual(['source', 'target']);
    expect(suggestMapping(['Chinese (PRC)', 'English (United States)'])).toEqual(['source', 'target']);
    expect(suggestMapping(['Simplified Chinese', 'British English'])).toEqual(['source', 'target']);
    expect(suggestMapping(['中文', '英文'])).toEqual(['source', 'target']);
    expect(suggestMapping(['English', 'German'], { sourceLang: 'en', targetLang: 'de-DE' })).toEqual(['source', 'target']);
    expect(suggestMapping(['German', 'English'])).toEqual(['ignore', 'target']);
  });

  it('does not take a column that merely mentions a language for the term', () => {
    expect(suggestMapping(['Chinese note', 'English comment', 'Source language'])).toEqual(['ignore', 'ignore', 'ignore']);
    expect(suggestMapping(['English_Def', 'English'])).toEqual(['definition', 'target']);
  });

  it('reads a bracketed qualifier after a known name', () => {
    expect(suggestMapping(['Source term (zh-CN)', 'Target (en)', 'Note [internal]'])).toEqual(['source', 'target', 'note']);
  });

  it('gives a field to one column only: the strongest claim, then the leftmost', () => {
    expect(suggestMapping(['Note', 'Comment', 'Notes'])).toEqual(['note', 'ignore', 'ignore']);
    expect(suggestMapping(['Term', 'Translation'])).toEqual(['source', 'target']);
    expect(suggestMapping(['Term', 'Source', 'Translation', 'Target'])).toEqual(['ignore', 'source', 'ignore', 'target']);
    expect(suggestMapping(['Source', 'Target', 'English'])).toEqual(['source', 'target', 'ignore']);
    expect(suggestMapping(['Chinese', 'English', 'Translation'])).toEqual(['source', 'target', 'ignore']);
    expect(suggestMapping(['ID', '', 'Whatever'])).toEqual(['ignore', 'ignore', 'ignore']);
    expect(suggestMapping(['constructor', '__proto__', 'toString', 'hasOwnProperty'])).toEqual(['ignore', 'ignore', 'ignore', 'ignore']);
    expect(suggestMapping([])).toEqual([]);
  });

  it('maps the columns of a memoQ export it is shown as a plain CSV', () => {
    expect(suggestMapping(['Entry_ID', 'Entry_Subject', 'Entry_Domain', 'Entry_Created', 'Entry_Creator', 'Entry_LastModified', 'Entry_Note', 'Chinese_Def', 'Chinese', 'Term_Info', 'Term_Example', 'English'])).toEqual([
      'ignore',
      'ignore',
      'domain',
      'createdAt',
      'author',
      'updatedAt',
      'note',
      'definition',
      'source',
      'ignore',
      'context',
      'target',
    ]);
  });

  it('uses every field except ignore at most once, whatever the header', () => {
    const names = fc.constantFrom('Source', 'source', 'Term', 'Target', 'MT', 'Translation', 'English', 'Chinese', 'zh', 'Note', 'Notes', 'Comment', 'Status', 'Created', 'Modified', 'x', '', 'Definition', 'English_Def');
    fc.assert(
      fc.property(fc.array(names, { maxLength: 12 }), (header) => {
        const mapping = suggestMapping(header);
        expect(mapping).toHaveLength(header.length);
        const used = mapping.filter((field) => field !== 'ignore');
        expect(new Set(used).size).toBe(used.length);
      }),
    );
  });
});

// -----------------------------------------------------------------------------------------------
// rowsFromTable
// -----------------------------------------------------------------------------------------------

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

// -----------------------------------------------------------------------------------------------
// Writers and round trips
// -----------------------------------------------------------------------------------------------

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

// -----------------------------------------------------------------------------------------------
// OmegaT
// -----------------------------------------------------------------------------------------------

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

// -----------------------------------------------------------------------------------------------
// memoQ
// -----------------------------------------------------------------------------------------------

/**
 * Written by hand after memoQ's documented CSV layout: entry-level columns, then per language a
 * "_Def" column and term columns each followed by Term_ columns; Chinese with one term, English
 * with two term slots.
 */
const MEMOQ_HEADER =
  'Entry_ID;Entry_Subject;Entry_Domain;Entry_ClientID;Entry_ProjectID;Entry_Created;Entry_Creator;Entry_LastModified;Entry_Modifier;Entry_Note;' +
  'Chinese_PRC_Def;Chinese_PRC;Term_Info;Term_Example;English_Def;English;Term_Info;Term_Example;English;Term_Info;Term_Example';
const MEMOQ = [
  MEMOQ_HEADER,
  '1;Government;Politics;ACME;P1;3/7/2021 2:05:09 PM;lin;3/8/2021 12:00:00 AM;kim;Entry note;合并部门的改革;大部制;;推进大部制改革;A reform merging ministries;super-ministry system;;"The ""super-ministry"" reform";big department;forbidden;',
  '2;Government;;;;3/9/2021 9:00:00 AM;lin;3/9/2021 9:00:00 AM;;;;省政府;;;;provincial government;;;provincial authorities;;',
  '3;;;;;3/9/2021 9:00:00 AM;;;;;;县;;;;;;;;;',
  '4;;;;;;;;;;;;;;;;;;;;',
  '5;;;;;someday;;;;;;区;;;;district;;;;;',
  '6;;;;',
].join('\r\n');

describe('readMemoQ', () => {
  it('reads the entry, language and term fields of a memoQ CSV export', () => {
    const result = readMemoQ(MEMOQ, 'termbase.csv');
    expect(result.rows).toEqual([
      {
        source: '大部制',
        target: 'super-ministry system',
        preferred: '',
        forbidden: ['big department'],
        status: 'proposed',
        domain: 'Politics',
        author: 'lin',
        createdAt: Date.UTC(2021, 2, 7, 14, 5, 9),
        updatedAt: Date.UTC(2021, 2, 8),
        definition: '合并部门的改革\nA reform merging ministries',
        context: 'The "super-ministry" reform',
        note: 'Entry note',
      },
      {
        source: '省政府',
        target: 'provincial government',
        preferred: '',
        forbidden: [],
        status: 'proposed',
        domain: 'Government',
        author: 'lin',
        createdAt: Date.UTC(2021, 2, 9, 9),
        updatedAt: Date.UTC(2021, 2, 9, 9),
        note: 'Other English terms: provincial authorities',
      },
      { source: '县', target: '', preferred: '', forbidden: [], status: 'proposed', createdAt: Date.UTC(2021, 2, 9, 9) },
    ]);
    expect(result.skipped).toEqual([
      { row: 5, reason: 'no source or target term' },
      { row: 6, reason: 'the Entry_Created date “someday” is not a date' },
      { row: 7, reason: 'has 5 cells; the header has 21 columns' },
    ]);
  });

  it('reads a tab- or comma-separated export and language codes in the headers', () => {
    const tsv = 'Entry_ID\tEntry_Note\tzho-CN\tTerm_Info\teng-US\tTerm_Info\n1\tn\t大部制\t\tsuper-ministry system\t\n';
    expect(readMemoQ(tsv, 'tb.txt').rows).toEqual([row({ source: '大部制', target: 'super-ministry system', note: 'n' })]);
    const csv = 'Entry_ID,English,Term_Info,Chinese,Term_Info\n1,super-ministry system,,大部制,\n';
    expect(readMemoQ(csv, 'tb.csv').rows).toEqual([row({ source: '大部制', target: 'super-ministry system' })]);
  });

  it('chooses the glossary’s languages among several', () => {
    const csv = 'Entry_ID;German;Term_Info;English;Term_Info;Chinese;Term_Info\n1;Superministerium;;super-ministry system;;大部制;\n';
    expect(readMemoQ(csv, 'tb.csv').rows).toEqual([row({ source: '大部制', target: 'super-ministry system' })]);
    expect(readMemoQ(csv, 'tb.csv', { sourceLang: 'en', targetLang: 'de' }).rows).toEqual([row({ source: 'super-ministry system', target: 'Superministerium' })]);
  });

  it('refuses an export without the glossary’s languages, and a file that is not a memoQ export', () => {
    const german = 'Entry_ID;German;Term_Info;French;Term_Info\n1;Ministerium;;ministère;\n';
    expect(formatError(() => readMemoQ(german, 'tb.csv')).reason).toBe('it has no term columns for the glossary\'s languages (zh → en); its languages are: German, French.');
    expect(formatError(() => readMemoQ('Source;Target\na;b\n', 'tb.csv')).reason).toMatch(/not a memoQ term base export/);
  });

  it('takes the other, unnamed language of a two-language export', () => {
    const csv = 'Entry_ID;Putonghua;Term_Info;English;Term_Info\n1;大部制;;super-ministry system;\n';
    expect(readMemoQ(csv, 'tb.csv').rows).toEqual([row({ source: '大部制', target: 'super-ministry system' })]);
  });

  it('reads a Term_Forbidden column and a forbidden-only entry', () => {
    const csv = 'Entry_ID;Chinese;Term_Info;English;Term_Info;Term_Forbidden\n1;大部制;;big department;;yes\n';
    expect(readMemoQ(csv, 'tb.csv').rows).toEqual([row({ source: '大部制', forbidden: ['big department'] })]);
  });
});
