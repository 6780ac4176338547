import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_JSON_FORMAT, GLOSSARY_JSON_VERSION, readJson, writeJson } from './json';
import { GlossaryFormatError } from './types';
import type { GlossaryMeta, GlossaryRow } from './types';

const META: GlossaryMeta = { name: 'Politics', description: 'Terms of the 2025 work report', sourceLang: 'zh', targetLang: 'en' };

const ROWS: GlossaryRow[] = [
  {
    source: '大部制',
    target: 'super-ministerial system',
    preferred: 'super-ministry system',
    forbidden: ['big department', 'a | b; c'],
    status: 'approved',
    partOfSpeech: 'noun',
    domain: 'Politics',
    definition: 'Merging ministries.',
    context: '推进大部制改革',
    note: '=not a formula\nsecond line',
    author: 'Lin',
    createdAt: Date.UTC(2025, 0, 31, 9, 30, 0, 123),
    updatedAt: Date.UTC(2025, 1, 1),
  },
  { source: '省政府', target: '', preferred: '', forbidden: [], status: 'proposed' },
];

/** JSON carries any text: the reader only trims and drops empty optional fields. */
const text = fc.string({ unit: 'binary', maxLength: 12 }).map((value) => value.trim());
const someText = fc.option(text.filter((value) => value !== ''), { nil: undefined });
const glossaryRow: fc.Arbitrary<GlossaryRow> = fc
  .record({
    source: text,
    target: text,
    preferred: text,
    forbidden: fc.array(text.filter((value) => value !== ''), { maxLength: 3 }),
    status: fc.constantFrom('proposed', 'approved', 'forbidden') as fc.Arbitrary<GlossaryRow['status']>,
    partOfSpeech: someText,
    domain: someText,
    definition: someText,
    context: someText,
    note: someText,
    author: someText,
    createdAt: fc.option(fc.integer({ min: -8.64e15, max: 8.64e15 }), { nil: undefined }),
    updatedAt: fc.option(fc.integer({ min: 0, max: 4_102_444_800_000 }), { nil: undefined }),
  })
  .filter((row) => row.source !== '' || row.target !== '' || row.preferred !== '');

function reasonFor(text: string): string {
  try {
    readJson(text, 'terms.json');
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryFormatError);
    return (error as GlossaryFormatError).reason;
  }
  throw new Error('expected a GlossaryFormatError');
}

describe('writeJson', () => {
  it('writes the format tag, version, glossary and terms, pretty-printed', () => {
    const json = writeJson(ROWS, META);
    expect(json.startsWith('{\n  "format": "glossa-glossary",\n  "version": 1,\n  "glossary": {\n    "name": "Politics"')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual({ format: GLOSSARY_JSON_FORMAT, version: GLOSSARY_JSON_VERSION, glossary: META, terms: ROWS });
  });
});

describe('readJson', () => {
  it('reads back what writeJson wrote', () => {
    expect(readJson(writeJson(ROWS, META), 'terms.json')).toEqual({ meta: META, rows: ROWS, skipped: [] });
    expect(readJson(writeJson([], {}), 'empty.json')).toEqual({ meta: {}, rows: [], skipped: [] });
  });

  it('round-trips arbitrary rows exactly', () => {
    fc.assert(
      fc.property(fc.array(glossaryRow, { maxLength: 5 }), (rows) => {
        expect(readJson(writeJson(rows, META), 'terms.json')).toEqual({ meta: META, rows, skipped: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('fills defaults, trims, accepts ISO dates and null, and ignores unknown properties', () => {
    const text = JSON.stringify({
      format: 'glossa-glossary',
      version: 1,
      glossary: { name: ' Politics ', sourceLang: 7, extra: true },
      terms: [{ source: ' 大部制 ', forbidden: [' x ', ''], note: null, createdAt: '2025-01-31T09:30:00Z', updatedAt: null, id: 'T1' }],
    });
    expect(readJson(`\uFEFF${text}`, 'terms.json')).toEqual({
      meta: { name: 'Politics' },
      rows: [{ source: '大部制', target: '', preferred: '', forbidden: ['x'], status: 'proposed', createdAt: Date.UTC(2025, 0, 31, 9, 30) }],
      skipped: [],
    });
  });

  it('skips bad entries with their position and the reason, and imports the rest', () => {
    const text = JSON.stringify({
      format: 'glossa-glossary',
      version: 1,
      terms: [
        { source: 'ok' },
        { source: 'a', status: 'maybe' },
        'not an object',
        { source: 42 },
        { target: 'b', forbidden: 'x' },
        { source: 'c', createdAt: 'yesterday' },
        { source: 'd', updatedAt: Number.MAX_VALUE },
        { note: 'no terms' },
        null,
        { preferred: 'fine' },
      ],
    });
    const result = readJson(text, 'terms.json');
    expect(result.rows.map((row) => row.source || row.preferred)).toEqual(['ok', 'fine']);
    expect(result.skipped).toEqual([
      { row: 2, reason: '“status” must be proposed, approved or forbidden' },
      { row: 3, reason: 'it is not an object' },
      { row: 4, reason: '“source” must be text' },
      { row: 5, reason: '“forbidden” must be a list of text' },
      { row: 6, reason: '“createdAt” is not a date: "yesterday"' },
      { row: 7, reason: `“updatedAt” is not a date: ${Number.MAX_VALUE}` },
      { row: 8, reason: 'no source or target term' },
      { row: 9, reason: 'it is not an object' },
    ]);
  });

  it('refuses whole files that are not JSON, not a Glossa glossary, or from a newer Glossa', () => {
    expect(reasonFor('{"format": "glossa-glossary",')).toBe('it is not valid JSON.');
    expect(reasonFor('')).toBe('it is not valid JSON.');
    expect(reasonFor('[]')).toMatch(/^it is not a Glossa glossary/);
    expect(reasonFor('{"format": "other", "version": 1, "terms": []}')).toMatch(/^it is not a Glossa glossary/);
    expect(reasonFor('{"format": "glossa-glossary", "terms": []}')).toBe('it has no valid format version.');
    expect(reasonFor('{"format": "glossa-glossary", "version": "1", "terms": []}')).toBe('it has no valid format version.');
    expect(reasonFor('{"format": "glossa-glossary", "version": 2, "terms": []}')).toBe(
      'it was written by a newer version of Glossa (format version 2). Update Glossa to import it.',
    );
    expect(reasonFor('{"format": "glossa-glossary", "version": 1, "terms": {}}')).toBe('it has no list of terms.');
  });

  it('throws nothing but GlossaryFormatError on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) => {
        const text = JSON.stringify(wrap ? { format: 'glossa-glossary', version: 1, terms: Array.isArray(value) ? value : [value] } : value);
        try {
          const result = readJson(text, 'x.json');
          expect(result.rows.length + result.skipped.length).toBeGreaterThanOrEqual(0);
        } catch (error) {
          expect(error).toBeInstanceOf(GlossaryFormatError);
        }
      }),
    );
  });
});
