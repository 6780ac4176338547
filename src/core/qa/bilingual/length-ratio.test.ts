import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualLengthRatio, MIN_SEGMENTS } from './length-ratio';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus/wmt21-zh-en');
const lines = (file: string) => readFileSync(resolve(CORPUS, file), 'utf8').split('\n').slice(0, 1948);

const source = '乡村振兴人才是关键因素之一'; // 13 CJK characters, 13 words
const normal = (index: number) => ({ id: String(index), source, target: `Talent is one of the key factors of rural revitalization ${index % 3 === 0 ? 'today' : ''}`.trim() });

describe('bilingual-length-ratio', () => {
  it("judges by the document's own ratio: a Chinese source with a longer English target is normal", () => {
    const segments = Array.from({ length: 30 }, (_, index) => normal(index));
    expect(bilingualLengthRatio.run(segments, {})).toEqual([]);
  });

  it('reports a target far shorter or longer than the rest, as omission or addition', () => {
    const segments = [...Array.from({ length: 30 }, (_, index) => normal(index)), { id: 'short', source, target: 'Talent.' }, { id: 'long', source, target: `${normal(1).target} ${normal(1).target} ${normal(1).target} ${normal(1).target}` }];
    expect(bilingualLengthRatio.run(segments, {}).map((finding) => [finding.segmentId, finding.ruleId, finding.categoryHint])).toEqual([
      ['short', 'short', 'accuracy/omission'],
      ['long', 'long', 'accuracy/addition'],
    ]);
  });

  it('needs enough segments for a distribution, and ignores very short sources', () => {
    const few = [...Array.from({ length: MIN_SEGMENTS - 2 }, (_, index) => normal(index)), { id: 'short', source, target: 'Talent.' }];
    expect(bilingualLengthRatio.run(few, {})).toEqual([]);
    const tiny = [...Array.from({ length: 30 }, (_, index) => normal(index)), { id: 'tiny', source: '人才哪里找？', target: 'Where, in this wide world of ours, can the talent we need be found at last?' }];
    expect(bilingualLengthRatio.run(tiny, {})).toEqual([]);
  });

  it('on WMT21 flags a few per cent at most, among them the lines where Online-W gave the wrong sentence', () => {
    const zh = lines('newstest2021.zh-en.src.zh');
    const en = lines('newstest2021.zh-en.hyp.Online-W.en');
    const findings = bilingualLengthRatio.run(zh.map((text, index) => ({ id: String(index + 1), source: text, target: en[index]! })), {});
    expect(findings.length).toBeLessThan(zh.length * 0.02);
    expect(findings.filter((finding) => finding.ruleId === 'short').map((finding) => finding.segmentId)).toEqual(expect.arrayContaining(['188', '385', '1571']));
  });
});
