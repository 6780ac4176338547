import { views } from './row-view.test-helper';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTbx } from './tbx-read';
import { relaxNgErrors, schematronErrors, tbxErrors } from './tbx-validate.test-helper';
import { writeTbxBasic, writeTbxV2 } from './tbx-write';
import type { TbxWriteMeta } from './tbx-write';
import { stripInvalidXmlChars } from '../xml';
import type { GlossaryRow } from './types';

const STANDARDS = resolve(__dirname, '../../../../../shared/standards/tbx');
const schemas = {
  rng: readFileSync(resolve(STANDARDS, 'TBXcoreStructV03.rng'), 'utf8'),
  sch: readFileSync(resolve(STANDARDS, 'TBX-Basic_DCA.sch'), 'utf8'),
};

const META: TbxWriteMeta = { name: 'Zhejiang “economy” & co', description: 'For <review>\nof MT', sourceLang: 'zh-CN', targetLang: 'en' };

/** Every field, every mapping case, characters XML must escape, CJK beyond the BMP, whitespace that matters. */
const RICH: GlossaryRow[] = [
  {
    source: '经济增长',
    target: 'economic growth',
    preferred: 'economic growth',
    forbidden: ['economy growth'],
    status: 'approved',
    partOfSpeech: 'noun',
    domain: 'Economics & finance',
    definition: 'An increase < in "output" of goods’ & services',
    context: '今年经济增长5%。',
    note: 'Line one\nLine two',
    author: 'Ann O’Neil',
    createdAt: Date.UTC(2024, 0, 2, 3, 4, 5, 678),
    updatedAt: Date.UTC(2025, 5, 6, 7, 8, 9, 10),
  },
  // MT wrote a forbidden rendering; a part of speech TBX-Basic does not list.
  { source: '双增长', target: 'double growth', preferred: 'dual growth', forbidden: ['double growth', 'twin growth'], status: 'proposed', partOfSpeech: 'noun phrase' },
  // Only an MT rendering, no agreed one yet; an allowed part of speech spelt otherwise.
  { source: '打铁还需自身硬', target: 'driving nails', preferred: '', forbidden: [], status: 'proposed', partOfSpeech: 'Verb', author: '张三' },
  // No source, no MT rendering; whitespace at the ends and inside that must survive.
  { source: '', target: '', preferred: 'tackle problems head-on', forbidden: ['  spaced  out '], status: 'forbidden', context: ' leading and trailing ' },
  { source: 'A & B <tag> ]]>', target: 'x', preferred: 'x', forbidden: [], status: 'approved', note: '\ttabbed\r\nCRLF  double  spaces ', domain: 'IT' },
  // Supplementary-plane CJK and emoji; an ideographic space; a control character XML cannot carry.
  { source: '𠀀𪚥 😀', target: '𠀀', preferred: 'ideograph\u3000space', forbidden: [], status: 'proposed', note: 'bell\u0007here', createdAt: Date.UTC(1, 0, 1) },
  // Only forbidden renderings.
  { source: '搞', target: '', preferred: '', forbidden: ['do', 'make'], status: 'forbidden', definition: 'Colloquial verb.' },
  // Nothing to match on: not written.
  { source: '', target: '', preferred: '', forbidden: [''], status: 'approved', note: 'orphan' },
];

/**
 * What readTbx should give back for rows written by writeTbx*: the writers' normalisation
 * (see tbx-write.ts) and nothing else.
 */
function canonical(rows: readonly GlossaryRow[]): GlossaryRow[] {
  const out: GlossaryRow[] = [];
  for (const row of rows) {
    const clean: GlossaryRow = {
      source: stripInvalidXmlChars(row.source),
      target: stripInvalidXmlChars(row.target),
      preferred: stripInvalidXmlChars(row.preferred),
      forbidden: row.forbidden.map(stripInvalidXmlChars).filter((term) => term !== ''),
      status: row.status,
    };
    if (!clean.source && !clean.target && !clean.preferred) continue;
    for (const key of ['partOfSpeech', 'domain', 'definition', 'context', 'note', 'author'] as const) {
      const value = row[key] === undefined ? '' : stripInvalidXmlChars(row[key]);
      if (value !== '') clean[key] = value;
    }
    for (const key of ['createdAt', 'updatedAt'] as const) {
      const time = row[key];
      if (time !== undefined && Number.isFinite(time) && time >= -62135596800000 && time <= 253402300799999) clean[key] = Math.trunc(time);
    }
    out.push(clean);
  }
  return out;
}

const special = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\r', '&', '<', '>', '"', "'", ']]>', '&amp;', '&#10;', '\u3000', '\u00a0', '’', '经', '𠀀', '\u0007', '\uFFFE', '\uD800');
const text = fc.string({
  unit: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('a', 'b', 'c') }, { weight: 2, arbitrary: special }, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 12,
});
const time = fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: 0, max: 2e12 }), fc.constant(Number.NaN));
const row: fc.Arbitrary<GlossaryRow> = fc.record(
  {
    source: text,
    target: text,
    preferred: text,
    forbidden: fc.array(text, { maxLength: 3 }),
    status: fc.constantFrom('proposed', 'approved', 'forbidden'),
    partOfSpeech: fc.oneof(text, fc.constantFrom('noun', 'Noun', 'other', 'adverb', 'proper noun')),
    domain: text,
    definition: text,
    context: text,
    note: text,
    author: text,
    createdAt: time,
    updatedAt: time,
  },
  { requiredKeys: ['source', 'target', 'preferred', 'forbidden', 'status'] },
);
/** Rows whose target is often the preferred or a forbidden rendering, as in real glossaries. */
const realisticRow = fc.tuple(row, fc.nat(3)).map(([base, pick]) => {
  if (pick === 0) return { ...base, target: base.preferred };
  if (pick === 1 && base.forbidden.length > 0) return { ...base, target: base.forbidden[0]! };
  return base;
});

describe('writeTbxBasic', () => {
  it('finds the standards next to the repository', () => {
    expect(existsSync(resolve(STANDARDS, 'TBXcoreStructV03.rng'))).toBe(true);
  });

  it('writes a rich glossary that validates against TBXcoreStructV03.rng and TBX-Basic_DCA.sch', async () => {
    const xml = writeTbxBasic(RICH, META);
    expect(await tbxErrors(xml, schemas)).toEqual([]);
  }, 30_000);

  it('writes fast-check glossaries that validate', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(realisticRow, { maxLength: 12 }), fc.record({ name: fc.option(text, { nil: undefined }), description: fc.option(text, { nil: undefined }) }), async (rows, header) => {
        const xml = writeTbxBasic(rows, { ...header, sourceLang: 'zh', targetLang: 'en-GB' });
        expect(await tbxErrors(xml, schemas)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('writes an empty glossary that still validates (a <text> without a <body>)', async () => {
    const xml = writeTbxBasic([], { sourceLang: 'zh', targetLang: 'en' });
    expect(await tbxErrors(xml, schemas)).toEqual([]);
  }, 30_000);

  it('is caught by the validators when broken, so passing means something', async () => {
    const xml = writeTbxBasic(RICH, META);
    const broken = {
      'term after termNote': xml.replace(/<term>经济增长<\/term>\s*(<termNote type="partOfSpeech">noun<\/termNote>)/, '$1<term>经济增长</term>'),
      'langSec without xml:lang': xml.replace('<langSec xml:lang="en">', '<langSec>'),
      'a date that is not a date': xml.replace(/<date>[^<]+<\/date>/, '<date>yesterday</date>'),
    };
    for (const [name, document] of Object.entries(broken)) {
      expect(document, name).not.toBe(xml);
      expect(await relaxNgErrors(document, schemas.rng), name).not.toEqual([]);
    }
    const schematronBroken = {
      'a part of speech TBX-Basic lacks': [xml.replace('>noun</termNote>', '>properNoun</termNote>'), 'partOfSpeech'],
      'subjectField at termSec level': [xml.replace('<descrip type="context">', '<descrip type="subjectField">'), 'subjectField'],
      'an admin type TBX-Basic lacks': [xml.replace('<admin type="source">', '<admin type="origin">'), 'Permitted type value(s): customerSubset'],
      'a termNote at langSec level': [xml.replace('<langSec xml:lang="en">', '<langSec xml:lang="en"><termNote type="partOfSpeech">noun</termNote>'), 'termNote is only allowed'],
      'a transaction type TBX-Basic lacks': [xml.replace('>modification</transac>', '>review</transac>'), 'origination'],
      'the wrong dialect': [xml.replace('type="TBX-Basic"', 'type="TBX-Core"'), 'TBX-Basic'],
      'a DCT element': [xml.replace('<note>', '<basic:note xmlns:basic="http://www.tbxinfo.net/ns/basic">x</basic:note><note>'), 'DCT style'],
    } as const;
    for (const [name, [document, message]] of Object.entries(schematronBroken)) {
      expect(document, name).not.toBe(xml);
      const errors = schematronErrors(document, schemas.sch);
      expect(errors.some((error) => error.includes(message)), `${name}: ${errors.join(' | ')}`).toBe(true);
    }
  }, 30_000);

  it('maps the fields as documented', () => {
    const xml = writeTbxBasic(RICH.slice(0, 4), META);
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="zh-CN" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(xml).toContain('<title>Zhejiang “economy” &amp; co</title>');
    expect(xml).toContain('<p>For &lt;review&gt;&#10;of MT</p>');
    expect(xml).toContain('<conceptEntry id="c1">');
    expect(xml).toContain('<conceptEntry id="c4">');
    expect(xml).toContain('<descrip type="subjectField">Economics &amp; finance</descrip>');
    expect(xml).toContain('<note>Line one&#10;Line two</note>');
    expect(xml).toContain('<date>2024-01-02T03:04:05.678Z</date>');
    expect(xml).toContain('<transacNote type="responsibility">Ann O’Neil</transacNote>');
    expect(xml).toMatch(/<term>economic growth<\/term>\s*<termNote type="administrativeStatus">preferredTerm-admn-sts<\/termNote>\s*<admin type="source">machine translation<\/admin>/);
    expect(xml).toMatch(/<term>double growth<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>\s*<admin type="source">machine translation<\/admin>/);
    expect(xml).toMatch(/<term>driving nails<\/term>\s*<termNote type="administrativeStatus">admittedTerm-admn-sts<\/termNote>\s*<admin type="source">machine translation<\/admin>/);
    expect(xml).toMatch(/<termNoteGrp>\s*<termNote type="partOfSpeech">other<\/termNote>\s*<note>noun phrase<\/note>\s*<\/termNoteGrp>/);
    expect(xml).toMatch(/<termNoteGrp>\s*<termNote type="partOfSpeech">verb<\/termNote>\s*<note>Verb<\/note>\s*<\/termNoteGrp>/);
    expect(xml).toMatch(/<langSec xml:lang="en">\s*<admin type="source">translator<\/admin>\s*<termSec>\s*<term>tackle problems head-on<\/term>/);
    expect(xml).toContain('<term>&#32;&#32;spaced &#32;out&#32;</term>');
    // Row 4 has no source but a status: an empty source term carries it.
    expect(xml).toMatch(/<term><\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>/);
  });

  it('leaves out rows with no term, and characters XML cannot carry', () => {
    const xml = writeTbxBasic(RICH, META);
    expect(xml.match(/<conceptEntry /g)).toHaveLength(7);
    expect(xml).not.toContain('orphan');
    expect(xml).toContain('<note>bellhere</note>');
  });

  it('refuses a language that is not a language tag, and mends underscores', () => {
    expect(() => writeTbxBasic(RICH, { sourceLang: 'Chinese (simplified)', targetLang: 'en' })).toThrow(RangeError);
    expect(writeTbxBasic(RICH, { sourceLang: 'zh_CN', targetLang: 'en' })).toContain('xml:lang="zh-CN"');
  });

  it('round-trips the rich glossary through readTbx', () => {
    const result = readTbx(writeTbxBasic(RICH, META), 'rich.tbx');
    expect(views(result.rows)).toEqual(canonical(RICH));
    expect(result.skipped).toEqual([]);
    expect(result.meta).toEqual({ name: META.name, description: META.description, sourceLang: 'zh-CN', targetLang: 'en' });
  });

  it('round-trips arbitrary rows through readTbx', () => {
    fc.assert(
      fc.property(fc.array(realisticRow, { minLength: 1, maxLength: 8 }), (rows) => {
        const xml = writeTbxBasic(rows, { sourceLang: 'zh', targetLang: 'en' });
        const expected = canonical(rows);
        if (expected.length === 0) {
          expect(() => readTbx(xml, 'empty.tbx')).toThrow('it holds no term entries.');
          return;
        }
        const result = readTbx(xml, 'arbitrary.tbx', { sourceLang: 'zh', targetLang: 'en' });
        expect(views(result.rows)).toEqual(expected);
        expect(result.skipped).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips when source and target languages are the same', () => {
    const rows: GlossaryRow[] = [
      { source: '', target: 'colour', preferred: 'color', forbidden: [], status: 'proposed' },
      { source: 'favour', target: 'favour', preferred: 'favor', forbidden: ['favour'], status: 'approved' },
    ];
    expect(views(readTbx(writeTbxBasic(rows, { sourceLang: 'en', targetLang: 'en' }), 'en.tbx').rows)).toEqual(rows);
  });
});

describe('writeTbxV2', () => {
  it('writes martif with termEntry, langSet and tig', () => {
    const xml = writeTbxV2(RICH, META);
    expect(xml).toContain('<martif type="TBX" xml:lang="zh-CN">');
    expect(xml).toContain('<p type="XCSURI">TBXXCSV02.xcs</p>');
    expect(xml).toContain('<termEntry id="c1">');
    expect(xml).toContain('<langSet xml:lang="en">');
    expect(xml).toMatch(/<tig>\s*<term>经济增长<\/term>\s*<termNote type="partOfSpeech">noun<\/termNote>/);
    // TBX v2's default XCS takes any part of speech as text.
    expect(xml).toContain('<termNote type="partOfSpeech">noun phrase</termNote>');
    expect(xml).not.toContain('<!DOCTYPE');
    expect(xml).not.toContain('langSec');
  });

  it('round-trips the rich glossary and arbitrary rows through readTbx', () => {
    const result = readTbx(writeTbxV2(RICH, META), 'rich-v2.tbx');
    expect(views(result.rows)).toEqual(canonical(RICH));
    expect(result.meta).toEqual({ name: META.name, description: META.description, sourceLang: 'zh-CN', targetLang: 'en' });
    fc.assert(
      fc.property(fc.array(realisticRow, { minLength: 1, maxLength: 8 }), (rows) => {
        const expected = canonical(rows);
        fc.pre(expected.length > 0);
        // As Glossa reads it: told the glossary's languages. Without them, a file whose entries
        // all lack a source term cannot say which language is the source.
        const languages = { sourceLang: 'de', targetLang: 'fr' };
        expect(views(readTbx(writeTbxV2(rows, languages), 'v2.tbx', languages).rows)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('scale', () => {
  it('writes and reads 100,000 entries (~50 MB) in linear time', () => {
    const rows: GlossaryRow[] = Array.from({ length: 100_000 }, (_, i) => ({
      source: `经济增长第${i}项`,
      target: `economic growth ${i}`,
      preferred: `economic growth ${i}`,
      forbidden: i % 10 === 0 ? [`economy growth ${i}`] : [],
      status: i % 3 === 0 ? 'approved' : 'proposed',
    }));
    const meta = { sourceLang: 'zh', targetLang: 'en' };
    let started = performance.now();
    const xml = writeTbxBasic(rows, meta);
    const writeMs = performance.now() - started;
    started = performance.now();
    const result = readTbx(xml, 'big.tbx', meta);
    const readMs = performance.now() - started;
    const megabytes = new TextEncoder().encode(xml).length / 1e6;
    console.info(`TBX-Basic, 100,000 entries, ${megabytes.toFixed(1)} MB: write ${writeMs.toFixed(0)} ms, read ${readMs.toFixed(0)} ms`);
    expect(result.rows).toHaveLength(100_000);
    expect(views(result.rows[99_999])).toEqual(rows[99_999]);
    expect(megabytes).toBeGreaterThan(35);
    // A loose bound for a loaded CI machine, far below what a quadratic pass would take.
    expect(readMs + writeMs).toBeLessThan(15_000);
  }, 60_000);
});
