import { describe, expect, it } from 'vitest';
import { doubleSpaces } from './double-spaces';

const run = (text: string) => doubleSpaces.run(text, {}).map(({ quote, suggestion, message }) => [quote, suggestion, message]);

describe('double-spaces', () => {
  it('finds two or more spaces between words, no-break spaces included', () => {
    expect(run('the  meeting noted\u00A0 that   it')).toEqual([
      ['the  meeting', 'the meeting', '2 spaces in a row'],
      ['noted\u00A0 that', 'noted that', '2 spaces in a row'],
      ['that   it', 'that it', '3 spaces in a row'],
    ]);
  });

  it('leaves single spaces, indentation, line ends and paragraph breaks alone', () => {
    expect(run('  indented line   \n\nnext paragraph with single spaces\tand a tab')).toEqual([]);
  });
});
