import { describe, expect, it } from 'vitest';
import { plainText, tagsOf } from '../../bilingual/content';
import { bilingualFixtures, TMX_DTD } from '../../../../tests/fixtures/bilingual';
import { readBilingual } from '../xliff/read';
import { dtdErrors } from './dtd-validate.test-helper';
import { writeTmx } from './write';

const fixtures = bilingualFixtures(36);

describe('writeTmx: the reviewed pairs as TMX 1.4', () => {
  it.each([
    ['XLIFF 1.2', fixtures.xliff12],
    ['XLIFF 2.0', fixtures.xliff20],
    ['TMX', fixtures.tmx],
  ])('from %s: valid against tmx14.dtd, and read back with the same text and tags', (_name, text) => {
    const doc = readBilingual(text, 'in.xlf');
    const all = doc.segments.filter((segment) => !segment.ignorable).map((segment) => ({ ...segment, state: 'reviewed' as const }));
    const tmx = writeTmx(all, { srcLang: doc.srcLang, tgtLang: doc.tgtLang });
    expect(dtdErrors(tmx, TMX_DTD, 'tmx')).toEqual([]);
    const back = readBilingual(tmx, 'out.tmx');
    const written = all.filter((segment) => segment.target.length > 0);
    expect(back.segments).toHaveLength(written.length);
    back.segments.forEach((segment, index) => {
      expect(plainText(segment.target)).toBe(plainText(written[index]!.target));
      expect(plainText(segment.source)).toBe(plainText(written[index]!.source));
      expect(tagsOf(segment.target).map((tag) => tag.kind)).toEqual(tagsOf(written[index]!.target).map((tag) => tag.kind));
    });
  });

  it('writes only reviewed and final segments by default', () => {
    const doc = readBilingual(fixtures.xliff12, 'in.xlf');
    const reviewed = doc.segments.filter((segment) => segment.state === 'reviewed' || segment.state === 'final');
    expect(reviewed.length).toBeGreaterThan(0);
    expect(readBilingual(writeTmx(doc.segments, { srcLang: 'zh-CN', tgtLang: 'en-US' }), 'out.tmx').segments).toHaveLength(reviewed.length);
  });

  it('the DTD check fails on an invalid document', () => {
    const tmx = writeTmx(readBilingual(fixtures.tmx, 'in.tmx').segments.map((segment) => ({ ...segment, state: 'reviewed' as const })), { srcLang: 'zh-CN', tgtLang: 'en-US' });
    expect(dtdErrors(tmx.replace('<bpt i="1">', '<bpt>'), TMX_DTD, 'tmx').join('\n')).toMatch(/attribute i is required/);
    expect(dtdErrors(tmx.replace(' segtype="sentence"', ''), TMX_DTD, 'tmx').join('\n')).toMatch(/segtype is required/);
  });
});
