import { describe, expect, it } from 'vitest';
import type { BilingualSegment, InlineTag } from '../../bilingual';
import { bilingualInput, type BilingualCheck } from './input';
import { BILINGUAL_CHECKS } from './checks';
import { runBilingualChecks, withBilingualKeys } from './run';

const tag = (kind: InlineTag['kind'], pairKey?: string): InlineTag => ({ kind, element: kind === 'standalone' ? 'x' : 'g', attrs: {}, container: kind !== 'standalone', ...(pairKey === undefined ? { id: 'x1' } : { id: pairKey, pairKey }) });

const segment: BilingualSegment = {
  id: 'f/u1',
  fileId: 'f',
  unitId: 'u1',
  segmentKey: '',
  source: [{ type: 'text', text: '点击' }, { type: 'tag', tag: tag('open', '1') }, { type: 'text', text: '这里' }, { type: 'tag', tag: tag('close', '1') }],
  mtTarget: [],
  target: [{ type: 'text', text: 'Click ' }, { type: 'tag', tag: tag('open', '1') }, { type: 'text', text: 'here' }, { type: 'tag', tag: tag('close', '1') }, { type: 'tag', tag: tag('standalone') }],
  state: 'translated',
  originalState: '',
  notes: [],
};

describe('bilingualInput', () => {
  it('takes plain text without tags and the tag sequence of each side', () => {
    expect(bilingualInput(segment)).toEqual({
      id: 'f/u1',
      source: '点击这里',
      target: 'Click here',
      sourceTags: [{ kind: 'open', key: '1' }, { kind: 'close', key: '1' }],
      targetTags: [{ kind: 'open', key: '1' }, { kind: 'close', key: '1' }, { kind: 'standalone', key: 'x1' }],
    });
  });
});

describe('runBilingualChecks', () => {
  it('keys findings by segment id, check and subject, not by offsets', () => {
    const one = runBilingualChecks([{ id: 'a', source: '5人', target: '6 people' }], {}, ['bilingual-numbers']).findings;
    const edited = runBilingualChecks([{ id: 'a', source: '5人', target: 'Then 6 people' }], {}, ['bilingual-numbers']).findings;
    const keys = (findings: readonly { key: string }[]) => findings.map((finding) => finding.key).sort();
    expect(keys(one)).toEqual(['a|bilingual-numbers/extra:6:0', 'a|bilingual-numbers/missing:5:0']);
    expect(keys(edited)).toEqual(keys(one));
    const other = runBilingualChecks([{ id: 'b', source: '5人', target: '6 people' }], {}, ['bilingual-numbers']).findings;
    expect(other[0]!.key).not.toBe(one[0]!.key);
  });

  it('numbers repeated findings on one segment, so each is dismissed on its own', () => {
    const finding = { checkId: 'c', message: '', start: 0, end: 0, quote: '', severityHint: 'minor', categoryHint: 'style', segmentId: 's', subject: 'x' } as const;
    expect(withBilingualKeys([finding, finding]).map((keyed) => keyed.key)).toEqual(['s|c:x:0', 's|c:x:1']);
  });

  it('orders findings by segment, then offset, and reports a failing check instead of throwing', () => {
    const broken: BilingualCheck = { id: 'broken', label: '', description: '', defaultEnabled: true, run: () => { throw new Error('boom'); } };
    (BILINGUAL_CHECKS as BilingualCheck[]).push(broken);
    try {
      const result = runBilingualChecks([{ id: 'z', source: '3人', target: '' }, { id: 'y', source: '人才哪里找？', target: 'Where 5?' }]);
      expect(result.findings.map((finding) => [finding.segmentId, finding.checkId, finding.quote])).toEqual([
        ['z', 'bilingual-untranslated', ''],
        ['y', 'bilingual-numbers', '5'],
      ]);
      expect(result.problems).toEqual([{ checkId: 'broken', message: 'The check failed: boom' }]);
    } finally {
      (BILINGUAL_CHECKS as BilingualCheck[]).pop();
    }
  });
});

describe('an untranslated segment', () => {
  it('is one finding, not also every number and tag its empty target lacks', () => {
    const untranslated = { id: 'f/u2', source: '罚款<1>3万元</1>', target: '', sourceTags: [{ kind: 'open' as const, key: '1' }, { kind: 'close' as const, key: '1' }], targetTags: [] };
    const translated = { ...untranslated, id: 'f/u3', target: 'A fine of 30,000 yuan' };
    const { findings } = runBilingualChecks([untranslated, translated], { sourceLocale: 'zh', targetLocale: 'en' });
    expect(findings.filter((finding) => finding.segmentId === 'f/u2').map((finding) => finding.checkId)).toEqual(['bilingual-untranslated']);
    // The translated one still has its tags checked.
    expect(findings.filter((finding) => finding.segmentId === 'f/u3').map((finding) => finding.checkId)).toContain('bilingual-tags');
  });
});
