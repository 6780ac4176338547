/**
 * Glossary rows, readers and arbitraries shared by the delimited-format tests: a row with
 * defaults, a read through the import preview's default mapping, a GlossaryFormatError catcher,
 * and fast-check rows whose cells stress CSV and TSV.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { GlossaryFormatError } from '../types';
import type { GlossaryRow } from '../types';
import { GLOSSARY_COLUMNS } from './columns';
import { suggestMapping } from './mapping';
import { parseDelimited } from './parse';
import { rowsFromTable } from './rows';

export const HEADERS = GLOSSARY_COLUMNS.map((column) => column.header);
export const FIELDS = GLOSSARY_COLUMNS.map((column) => column.field);

export function row(overrides: Partial<GlossaryRow>): GlossaryRow {
  return { source: '', target: '', preferred: '', forbidden: [], status: 'proposed', ...overrides };
}

export function read(text: string, fileName = 'glossary.csv') {
  const table = parseDelimited(text, fileName);
  return rowsFromTable(table, suggestMapping(table.header));
}

export function formatError(run: () => unknown): GlossaryFormatError {
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

export const glossaryRow: fc.Arbitrary<GlossaryRow> = fc
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
