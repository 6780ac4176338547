import { describe, expect, it } from 'vitest';
import { spaceBeforePunctuation } from './space-before-punctuation';

const run = (text: string) => spaceBeforePunctuation.run(text, {}).map(({ quote, suggestion }) => [quote, suggestion]);

describe('space-before-punctuation', () => {
  it('finds a space before , . ; : ? ! and inside brackets, and suggests the fix', () => {
    expect(run('growth , and more . Why ? Now ! Then ; so : yes')).toEqual([
      ['growth ,', 'growth,'],
      ['more .', 'more.'],
      ['Why ?', 'Why?'],
      ['Now !', 'Now!'],
      ['Then ;', 'Then;'],
      ['so :', 'so:'],
    ]);
    expect(run('the plan ( 2021-2025 ) works')).toEqual([
      ['2021-2025 )', '2021-2025)'],
      ['( 2021-2025', '(2021-2025'],
    ]);
  });

  it('leaves ellipses, decimals, extensions, scores, smileys and indentation alone', () => {
    expect(run('and so on ... then … a .5 inch gap in .NET code; won 3 : 1 today :) ok\n  . indented')).toEqual([]);
  });

  it('leaves a mark after a mark to stray-punctuation-runs', () => {
    expect(run('the process. , Strengthen')).toEqual([]);
  });
});
