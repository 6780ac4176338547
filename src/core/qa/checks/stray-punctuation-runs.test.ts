import { describe, expect, it } from 'vitest';
import { strayPunctuationRuns } from './stray-punctuation-runs';

const run = (text: string) => strayPunctuationRuns.run(text, {}).map(({ quote, suggestion }) => [quote, suggestion]);

describe('stray-punctuation-runs', () => {
  it('finds doubled and mixed marks and suggests the strongest one', () => {
    expect(run('growth,, and. the end.. then;; so,. yes')).toEqual([
      ['growth,,', 'growth,'],
      ['end..', 'end.'],
      ['then;;', 'then;'],
      ['so,.', 'so.'],
    ]);
  });

  it('finds the MT favourite “. ,” with a space between', () => {
    expect(run('the simplest and most optimal process. , Strengthen supervision')).toEqual([['process. ,', 'process.']]);
  });

  it('leaves ellipses, emphatic marks, paths, code and abbreviations alone', () => {
    expect(run('Wait... then. . . so.... and...? Really?! No!! See ../docs and std::vector, etc., the U.S.: Inc.; in the U.S.?')).toEqual([]);
  });
});
