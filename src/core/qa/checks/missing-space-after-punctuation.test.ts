import { describe, expect, it } from 'vitest';
import { missingSpaceAfterPunctuation } from './missing-space-after-punctuation';

const run = (text: string) => missingSpaceAfterPunctuation.run(text, {}).map(({ quote, suggestion }) => [quote, suggestion]);

describe('missing-space-after-punctuation', () => {
  it('finds words glued to , ; : ! ? and to a full stop before a capitalised word', () => {
    expect(run('growth,and more;then note:this Really?Yes wow!Great the process.The end')).toEqual([
      ['growth,and', 'growth, and'],
      ['more;then', 'more; then'],
      ['note:this', 'note: this'],
      ['Really?Yes', 'Really? Yes'],
      ['wow!Great', 'wow! Great'],
      ['process.The', 'process. The'],
    ]);
  });

  it('leaves numbers, abbreviations, ellipses and technical tokens alone', () => {
    expect(
      run(
        'It rose 3.5 percent to 1,000 at 10:30 in the U.S. and U.K., e.g. in Washington D.C. the U.S.Army ' +
          'said wait...And see https://example.com/a?b=c or www.Example.org or mail@Host.com and Node.js files.',
      ),
    ).toEqual([]);
  });
});
