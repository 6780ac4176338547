import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualConsistency } from './consistency';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus/wmt21-zh-en');
const lines = (file: string) => readFileSync(resolve(CORPUS, file), 'utf8').split('\n').slice(0, 1948);
const run = (pairs: [string, string][]) =>
  bilingualConsistency.run(pairs.map(([source, target], index) => ({ id: String(index + 1), source, target })), {}).map((finding) => [finding.segmentId, finding.ruleId, finding.message]);

describe('bilingual-consistency', () => {
  it('reports one source translated two ways, on both segments, naming the other version', () => {
    expect(run([['人才哪里找？', 'Where to find talent?'], ['人才哪里找？', 'Where can talent be found?'], ['人才哪里找？', 'where to find  talent?']])).toEqual([
      ['1', 'same-source', 'The same source is translated differently elsewhere: "Where can talent be found?"'],
      ['2', 'same-source', 'The same source is translated differently elsewhere: "Where to find talent?"'],
      ['3', 'same-source', 'The same source is translated differently elsewhere: "Where can talent be found?"'],
    ]);
  });

  it('reports one target used for different sources', () => {
    expect(run([['赵小川说。', 'Zhao Xiaochuan said.'], ['赵小川表示。', 'Zhao Xiaochuan said.'], ['他说。', 'He said.']])).toEqual([
      ['1', 'same-target', 'The same target translates other sources too: "赵小川表示。"'],
      ['2', 'same-target', 'The same target translates other sources too: "赵小川说。"'],
    ]);
  });

  it('leaves empty sides and segments with nothing to translate out', () => {
    expect(run([['2020', '2020'], ['2020', '2,020'], ['人才', ''], ['人才', 'Talent']])).toEqual([]);
  });

  it('finds on WMT21 the three lines Online-W gave one and the same output (188, 385, 1571), and none in Facebook-AI for one source', () => {
    const source = lines('newstest2021.zh-en.src.zh');
    const target = lines('newstest2021.zh-en.hyp.Online-W.en');
    const findings = bilingualConsistency.run(source.map((text, index) => ({ id: String(index + 1), source: text, target: target[index]! })), {});
    const sameTarget = findings.filter((finding) => finding.ruleId === 'same-target').map((finding) => finding.segmentId);
    expect(sameTarget).toEqual(expect.arrayContaining(['188', '385', '1571']));
    expect(findings.filter((finding) => finding.ruleId === 'same-source')).toEqual([]);
  });
});
