import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_COLUMNS, rowsFromTable, suggestMapping } from './delimited';
import { GlossaryFormatError } from './types';
import type { GlossaryRow } from './types';
import { readXlsxTable, writeXlsx } from './xlsx';

const HEADERS = GLOSSARY_COLUMNS.map((column) => column.header);
const FIELDS = GLOSSARY_COLUMNS.map((column) => column.field);

const SAMPLE: GlossaryRow[] = [
  {
    source: '大部制',
    target: 'super-ministerial system',
    preferred: 'super-ministry system',
    forbidden: ['big department', 'large ministry'],
    status: 'approved',
    partOfSpeech: 'noun',
    domain: 'Politics',
    definition: 'Merging ministries, "one big" <reform> & more.',
    context: '推进大部制改革',
    note: 'Line one,\nline two',
    author: 'Lin',
    createdAt: Date.UTC(2025, 0, 31, 9, 30, 0, 123),
    updatedAt: Date.UTC(2025, 1, 1),
  },
  { source: '=HYPERLINK("http://x.test")', target: '+1', preferred: '-x', forbidden: ['@SUM(A1)'], status: 'proposed', note: "'=kept" },
  { source: '123', target: 'TRUE', preferred: '', forbidden: [], status: 'forbidden' },
];

async function rejection(promise: Promise<unknown>): Promise<GlossaryFormatError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a GlossaryFormatError');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GlossaryFormatError);
  return error as GlossaryFormatError;
}

// A stored (uncompressed) zip archive, written by hand so the test needs no zip library.
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function zip(files: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (out: number[], value: number) => out.push(value & 0xff, (value >>> 8) & 0xff);
  const u32 = (out: number[], value: number) => out.push(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
  let count = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = encoder.encode(name);
    const data = encoder.encode(content);
    const crc = crc32(data);
    const offset = local.length;
    u32(local, 0x04034b50);
    [20, 0, 0, 0, 0].forEach((value) => u16(local, value));
    u32(local, crc);
    u32(local, data.length);
    u32(local, data.length);
    u16(local, nameBytes.length);
    u16(local, 0);
    local.push(...nameBytes, ...data);
    u32(central, 0x02014b50);
    [20, 20, 0, 0, 0, 0].forEach((value) => u16(central, value));
    u32(central, crc);
    u32(central, data.length);
    u32(central, data.length);
    [nameBytes.length, 0, 0, 0, 0].forEach((value) => u16(central, value));
    u32(central, 0);
    u32(central, offset);
    central.push(...nameBytes);
    count += 1;
  }
  const end: number[] = [];
  u32(end, 0x06054b50);
  [0, 0, count, count].forEach((value) => u16(end, value));
  u32(end, central.length);
  u32(end, local.length);
  u16(end, 0);
  return Uint8Array.from([...local, ...central, ...end]);
}

/**
 * What survives .xlsx: no control characters but tab and line feed, no carriage return, and
 * no U+FFFD (write-excel-file's removeInvalidXmlCharacters drops it, though XML allows it; it
 * marks text already lost upstream, so nothing of a translator's is lost with it).
 */
function xlsxText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u2028\u2029\uFFFD\uFFFE\uFFFF]/g, '').trim(); // eslint-disable-line no-control-regex
}

const PIECES = ['=', '+', '-', '@', "'", '"', ',', ';', '\t', '\n', ' ', '<', '&', '>', 'a', '1', '大部制', '👍🏽', 'é', '|', '_x000D_', 'x0041_', 'constructor', '__proto__'];
const someText = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((pieces) => pieces.join('')), fc.string({ unit: 'grapheme', maxLength: 8 })).map(xlsxText);
const nonEmptyText = someText.filter((text) => text !== '');
const glossaryRow: fc.Arbitrary<GlossaryRow> = fc
  .record({
    source: someText,
    target: someText,
    preferred: someText,
    forbidden: fc.array(nonEmptyText.map((text) => text.replace(/[|;]/g, '').trim()).filter((text) => text !== ''), { maxLength: 3 }),
    status: fc.constantFrom('proposed', 'approved', 'forbidden') as fc.Arbitrary<GlossaryRow['status']>,
    partOfSpeech: fc.option(nonEmptyText, { nil: undefined }),
    domain: fc.option(nonEmptyText, { nil: undefined }),
    definition: fc.option(nonEmptyText, { nil: undefined }),
    context: fc.option(nonEmptyText, { nil: undefined }),
    note: fc.option(nonEmptyText, { nil: undefined }),
    author: fc.option(nonEmptyText, { nil: undefined }),
    createdAt: fc.option(fc.integer({ min: 0, max: 4_102_444_800_000 }), { nil: undefined }),
    updatedAt: fc.option(fc.integer({ min: 0, max: 4_102_444_800_000 }), { nil: undefined }),
  })
  .filter((row) => row.source !== '' || row.target !== '' || row.preferred !== '');

describe('writeXlsx and readXlsxTable', () => {
  it('write a workbook whose first sheet has Glossa’s header and reads back every field', async () => {
    const bytes = await writeXlsx(SAMPLE);
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const table = await readXlsxTable(bytes, 'export.xlsx');
    expect(table.header).toEqual(HEADERS);
    expect(table.firstRow).toBe(2);
    expect(table.lines).toEqual([2, 3, 4]);
    expect(table.rows[0]?.[11]).toBe('2025-01-31T09:30:00.123Z');
    const mapping = suggestMapping(table.header);
    expect(mapping).toEqual(FIELDS);
    expect(rowsFromTable(table, mapping)).toEqual({ meta: {}, rows: SAMPLE, skipped: [], rowNumbers: [2, 3, 4] });
  });

  it('round-trips every field of arbitrary rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(glossaryRow, { minLength: 1, maxLength: 4 }), async (rows) => {
        const table = await readXlsxTable(await writeXlsx(rows), 'export.xlsx');
        expect(rowsFromTable(table, suggestMapping(table.header))).toEqual({ meta: {}, rows, skipped: [], rowNumbers: expect.any(Array) });
      }),
      { numRuns: 40 },
    );
  });

  it('drops characters XML cannot hold and writes line breaks as LF', async () => {
    const table = await readXlsxTable(await writeXlsx([{ source: 'a\u0001b\uFFFE', target: 'one\r\ntwo\rthree', preferred: '\uD800x', forbidden: [], status: 'proposed' }]), 'x.xlsx');
    expect(table.rows[0]?.slice(0, 3)).toEqual(['ab', 'one\ntwo\nthree', 'x']);
  });

  it('keeps text that looks like an OOXML escape or an Object.prototype key', async () => {
    const rows: GlossaryRow[] = [
      { source: 'constructor', target: '__proto__', preferred: 'toString', forbidden: ['hasOwnProperty', 'valueOf'], status: 'proposed', note: 'a_x000D_b _x005F_x0041_' },
    ];
    const table = await readXlsxTable(await writeXlsx(rows), 'x.xlsx');
    expect(rowsFromTable(table, suggestMapping(table.header)).rows).toEqual(rows);
  });

  it('writes a header-only workbook for no rows, which reads as having no terms', async () => {
    const error = await rejection(readXlsxTable(await writeXlsx([]), 'empty.xlsx'));
    expect(error.reason).toBe('its first sheet has a header row but no terms.');
  });
});

describe('readXlsxTable', () => {
  it('uses the first non-empty row as the header, skips empty rows, and converts cells to text', async () => {
    const blob = await writeXlsxFile(
      [[null], ['Chinese', 'English', 'Created', 'Count'], [null, null], ['大部制', 'super-ministry', new Date(Date.UTC(2025, 0, 31)), 3], ['省政府', true, null, 1.5]],
      { dateFormat: 'yyyy-mm-dd' },
    ).toBlob();
    const table = await readXlsxTable(new Uint8Array(await blob.arrayBuffer()), 'made-by-hand.xlsx');
    expect(table.header).toEqual(['Chinese', 'English', 'Created', 'Count']);
    expect(table.rows).toEqual([
      ['大部制', 'super-ministry', '2025-01-31T00:00:00.000Z', '3'],
      ['省政府', 'true', '', '1.5'],
    ]);
    expect(table.lines).toEqual([4, 5]);
    expect(table.delimiter).toBe('');
    expect(suggestMapping(table.header)).toEqual(['source', 'target', 'createdAt', 'ignore']);
  });

  it('reads a workbook from a view into a larger buffer', async () => {
    const bytes = await writeXlsx(SAMPLE);
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    const table = await readXlsxTable(padded.subarray(10, 10 + bytes.length), 'view.xlsx');
    expect(table.rows).toHaveLength(SAMPLE.length);
  });

  it('refuses garbage, an .xls, a zip that is not a workbook and a damaged workbook', async () => {
    const notAWorkbook = 'it is not an Excel workbook (.xlsx).';
    expect((await rejection(readXlsxTable(new TextEncoder().encode('Source,Target\na,b'), 'a.xlsx'))).reason).toBe(notAWorkbook);
    expect((await rejection(readXlsxTable(new Uint8Array(0), 'a.xlsx'))).reason).toBe('it is empty.');
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await rejection(readXlsxTable(xls, 'old.xlsx'))).reason).toMatch(/Excel 97–2003 workbook \(\.xls\)/);
    expect((await rejection(readXlsxTable(zip({ 'hello.txt': 'not a workbook' }), 'a.xlsx'))).reason).toBe(notAWorkbook);
    expect((await rejection(readXlsxTable(zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook' }), 'a.xlsx'))).reason).toBe(notAWorkbook);
    const workbook = await writeXlsx(SAMPLE);
    expect((await rejection(readXlsxTable(workbook.slice(0, Math.floor(workbook.length / 2)), 'cut.xlsx'))).reason).toBe(notAWorkbook);
    const header = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 200 }, (_, index) => (index * 37) % 256)]);
    expect((await rejection(readXlsxTable(header, 'zip-ish.xlsx'))).reason).toBe(notAWorkbook);
  });

  it('refuses anything that starts like a zip but is not a workbook with GlossaryFormatError only', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (tail) => {
        const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail]);
        await rejection(readXlsxTable(bytes, 'random.xlsx'));
      }),
      { numRuns: 100 },
    );
  });
});
