import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualEdgePunctuation } from './edge-punctuation';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus/wmt21-zh-en');
const line = (file: string, number: number) => readFileSync(resolve(CORPUS, file), 'utf8').split('\n')[number - 1]!;
const run = (source: string, target: string) =>
  bilingualEdgePunctuation.run([{ id: 's', source, target }], {}).map((finding) => [finding.ruleId, finding.quote, finding.message]);

describe('bilingual-edge-punctuation', () => {
  it('maps full-width sentence marks to their Latin equivalents and looks through closing quotes', () => {
    expect(run('人才哪里找？', 'Where to find talent?')).toEqual([]);
    expect(run('他说：“我们会赢。”', 'He said: "We will win."')).toEqual([]);
    expect(run('真好！', 'Great!')).toEqual([]);
    expect(run('然后……', 'And then...')).toEqual([]);
  });

  it('reports another final mark on the target’s mark, and a missing one on the whole target', () => {
    expect(run('人才哪里找？', 'Where to find talent.')).toEqual([['final-mark', '.', 'The source ends with a question mark, the target with a full stop']]);
    expect(run('乡村振兴，人才是关键。', 'Talent is key')).toEqual([['final-mark', 'Talent is key', 'The source ends with a full stop, the target with no punctuation']]);
  });

  it('reports white space at the start or end on one side only', () => {
    expect(run(' 人才。', 'Talent.')).toEqual([['leading-space', 'Talent.', 'The source starts with white space, the target does not']]);
    expect(run('人才。', 'Talent. ')).toEqual([['trailing-space', 'Talent. ', 'The target ends with white space, the source does not']]);
  });

  it('finds the colon Online-W turned into a full stop (WMT21 line 1680)', () => {
    const findings = bilingualEdgePunctuation.run(
      [{ id: '1680', source: line('newstest2021.zh-en.src.zh', 1680), target: line('newstest2021.zh-en.hyp.Online-W.en', 1680) }],
      {},
    );
    expect(findings.map((finding) => [finding.ruleId, finding.quote, finding.message])).toEqual([['final-mark', '.', 'The source ends with a colon, the target with a full stop']]);
  });
});
