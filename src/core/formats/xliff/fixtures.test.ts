import { describe, expect, it } from 'vitest';
import { readBilingual } from './read';
import { corpusLines, TMX_DTD, XLIFF12_SCHEMA, XLIFF20_SCHEMA, XLIFF21_SCHEMA } from '../../../../tests/fixtures/bilingual';
import { buildBenchXliff12, buildTmx, buildXliff12, buildXliff2 } from './test-fixtures';
import { dtdErrors } from '../tmx/dtd-validate.test-helper';
import { xsdErrors } from './validate.test-helper';

const lines = corpusLines(60);

describe('the generated fixtures are valid against the official schemas', () => {
  it('XLIFF 1.2 and .sdlxliff: xliff-core-1.2-transitional.xsd', async () => {
    expect(await xsdErrors(buildXliff12(lines), XLIFF12_SCHEMA.main, XLIFF12_SCHEMA.preload)).toEqual([]);
    expect(await xsdErrors(buildXliff12(lines, 36, { sdl: true }), XLIFF12_SCHEMA.main, XLIFF12_SCHEMA.preload)).toEqual([]);
  });

  it('XLIFF 2.0 and 2.1: core and modules', async () => {
    expect(await xsdErrors(buildXliff2(lines), XLIFF20_SCHEMA.main, XLIFF20_SCHEMA.preload)).toEqual([]);
    expect(await xsdErrors(buildXliff2(lines, 36, { version: '2.1' }), XLIFF21_SCHEMA.main, XLIFF21_SCHEMA.preload)).toEqual([]);
  });

  it('TMX 1.4: tmx14.dtd', () => {
    expect(dtdErrors(buildTmx(lines), TMX_DTD, 'tmx')).toEqual([]);
  });

  it('the validation fails on a broken document, so a passing test means something', async () => {
    const broken12 = buildXliff12(lines).replace('<source>', '<sauce>').replace('</source>', '</sauce>');
    expect((await xsdErrors(broken12, XLIFF12_SCHEMA.main, XLIFF12_SCHEMA.preload)).join('\n')).toMatch(/sauce/);
    const broken2 = buildXliff2(lines).replace('state="translated"', 'state="almost"');
    expect((await xsdErrors(broken2, XLIFF20_SCHEMA.main, XLIFF20_SCHEMA.preload)).join('\n')).toMatch(/almost/);
    const broken21 = buildXliff2(lines, 36, { version: '2.1' }).replace('<pc id="1"', '<pc xmlns:its="http://www.w3.org/2005/11/its" its:locQualityIssueType="wrong-kind" id="1"');
    expect((await xsdErrors(broken21, XLIFF21_SCHEMA.main, XLIFF21_SCHEMA.preload)).join('\n')).toMatch(/wrong-kind/);
    const brokenTmx = buildTmx(lines).replace(/<tuv xml:lang="en-US"><seg>/, '<tuv xml:lang="en-US"><seg><foo/>');
    expect(dtdErrors(brokenTmx, TMX_DTD, 'tmx').join('\n')).toMatch(/foo/);
  });

  it('each fixture reads with its segments, tags, notes and states', () => {
    const x12 = readBilingual(buildXliff12(lines), 'fixture.xlf');
    expect(x12.format).toBe('xliff-1.2');
    expect(x12.files.map((file) => file.id)).toEqual(['newstest2021-a.txt', 'newstest2021-b.txt']);
    expect(x12.segments.length).toBe(36);
    const x2 = readBilingual(buildXliff2(lines), 'fixture.xlf');
    expect(x2.segments.filter((segment) => !segment.ignorable).length).toBe(36);
    const tmx = readBilingual(buildTmx(lines), 'fixture.tmx');
    expect(tmx.segments.length).toBe(36);
  });

  it('the bench file (issue 10, item 8) has 10,000 segments of real MT', () => {
    const bench = readBilingual(buildBenchXliff12(corpusLines()), 'bench.xlf');
    expect(bench.segments).toHaveLength(10_000);
    const words = bench.segments.reduce((sum, segment) => sum + segment.target.reduce((n, item) => n + (item.type === 'text' ? item.text.split(/\s+/).filter(Boolean).length : 0), 0), 0);
    expect(words).toBeGreaterThan(150_000);
  });
});
