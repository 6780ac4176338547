import { describe, expect, it } from 'vitest';
import { REPEATED_WORD_EXCEPTIONS, repeatedWords } from './repeated-words';

const run = (text: string) => repeatedWords.run(text, {}).map(({ quote, suggestion }) => [quote, suggestion]);

describe('repeated-words', () => {
  it('finds a word repeated across spaces, case-insensitively', () => {
    expect(run('the the plan and The the rest of of it')).toEqual([
      ['the the', 'the'],
      ['The the', 'The'],
      ['of of', 'of'],
    ]);
    expect(run('the plan the the\u00A0the')).toEqual([['the the', 'the'], ['the\u00A0the', 'the']]);
  });

  it('documents its exceptions', () => {
    expect(REPEATED_WORD_EXCEPTIONS.has('had')).toBe(true);
    expect(REPEATED_WORD_EXCEPTIONS.has('that')).toBe(true);
  });

  it('leaves legitimate doubles, names, numbers, partial words and punctuated repeats alone', () => {
    expect(
      run(
        'He had had enough. I know that that is true. Bye bye. Actor Yang Yang met Bing Dwen Dwen. ' +
          'Rows 10 10 match. This is island. Very, very good. The end\nend of story. the theory',
      ),
    ).toEqual([]);
  });
});
