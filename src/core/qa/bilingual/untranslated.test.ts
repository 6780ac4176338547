import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualUntranslated } from './untranslated';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus/wmt21-zh-en');
const lines = (file: string) => readFileSync(resolve(CORPUS, file), 'utf8').split('\n').slice(0, 1948);
const run = (segments: { id: string; source: string; target: string }[]) =>
  bilingualUntranslated.run(segments, {}).map((finding) => [finding.segmentId, finding.ruleId]);

describe('bilingual-untranslated', () => {
  it('finds the two segments Online-W left empty in WMT21, and none of the other systems', () => {
    const source = lines('newstest2021.zh-en.src.zh');
    const result = Object.fromEntries(
      ['Facebook-AI', 'NiuTrans', 'Online-W'].map((system) => {
        const target = lines(`newstest2021.zh-en.hyp.${system}.en`);
        return [system, run(source.map((text, index) => ({ id: String(index + 1), source: text, target: target[index]! })))];
      }),
    );
    expect(result).toEqual({ 'Facebook-AI': [], NiuTrans: [], 'Online-W': [['515', 'empty'], ['1488', 'empty']] });
  });

  it('reports a target copied from its source, ignoring case, width and spacing', () => {
    const source = lines('newstest2021.zh-en.src.zh')[1]!;
    expect(run([{ id: 'a', source, target: ` ${source} ` }])).toEqual([['a', 'identical']]);
    expect(run([{ id: 'b', source: 'The State Council met', target: 'the  state council MET' }])).toEqual([['b', 'identical']]);
  });

  it('leaves identical segments alone that need no translation: numbers, punctuation, names, codes', () => {
    expect(run([
      { id: '1', source: '2020-07-26', target: '2020-07-26' },
      { id: '2', source: '“……”', target: '“……”' },
      { id: '3', source: 'BBC News', target: 'BBC News' },
      { id: '4', source: 'iPhone 12', target: 'iPhone 12' },
      { id: '5', source: '', target: '' },
    ])).toEqual([]);
  });

  it('reports a white-space-only target as empty', () => {
    expect(run([{ id: 'x', source: '人才哪里找？', target: '  \n' }])).toEqual([['x', 'empty']]);
  });
});
