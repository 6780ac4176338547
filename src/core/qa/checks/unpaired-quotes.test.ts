import { describe, expect, it } from 'vitest';
import { unpairedQuotes } from './unpaired-quotes';

const run = (text: string) => unpairedQuotes.run(text, {}).map(({ quote, suggestion, message }) => ({ quote, suggestion, message }));
const quotes = (text: string): string[] => run(text).map((finding) => finding.quote);

describe('unpaired-quotes', () => {
  it('finds the sample article’s stray closing quote and inside-out pair', () => {
    const text = 'the “double growth” of companies. Action Plan (2021-2025) ”, listen to the reform“ one thing ”of vehicle inspection';
    expect(run(text)).toEqual([
      { quote: '”,', suggestion: undefined, message: 'Closing quotation mark without a matching “ in this paragraph' },
      { quote: '“ one thing ”', suggestion: ' “one thing” ', message: 'Quotation marks turned inside out: spaces inside, none outside' },
    ]);
  });

  it('suggests trimming spaces inside a well-placed pair', () => {
    expect(run('He said “ yes ” and left.')).toEqual([
      { quote: '“ yes ”', suggestion: '“yes”', message: 'Space inside quotation marks' },
    ]);
  });

  it('turns a quote that faces the wrong way', () => {
    expect(run('the ”reform” plan')[0]).toMatchObject({ quote: '”reform”', suggestion: '“reform”' });
  });

  it('turns a quote that faces the wrong way before or after a letter outside the BMP, as before a BMP one', () => {
    expect(run('the ”𝐀𝐁” plan')[0]).toMatchObject({ quote: '”𝐀𝐁”', suggestion: '“𝐀𝐁”' });
    expect(run('see 𠀀𠀁“ here')[0]).toMatchObject({ suggestion: '𠀀𠀁”' });
  });

  it('finds unpaired brackets and straight quotes', () => {
    expect(quotes('The plan (2021-2025 was approved.')).toEqual(['(2021-2025']);
    expect(quotes('It ended] suddenly.')).toEqual(['ended]']);
    expect(quotes('He said "yes and left.')).toEqual(['"yes']);
    expect(quotes('He said yes" and left.')).toEqual(['yes"']);
  });

  it('pairs within a paragraph only', () => {
    expect(quotes('“Open here\n\nclosed there.”')).toEqual(['“Open', 'there.”']);
  });

  it('accepts legitimate nesting, apostrophes, inches, list markers and smileys', () => {
    expect(quotes('“He said ‘no’ (twice) to the “double growth” plan,” she recalled.')).toEqual([]);
    expect(quotes('Longgang’s reform isn’t over; the board is 5\'11" wide.')).toEqual([]);
    expect(quotes('She read "19" as a version number.')).toEqual([]);
    expect(quotes('1) first item\na) second item\nGreat news :) really')).toEqual([]);
    expect(quotes('[see (a) and [b]]')).toEqual([]);
  });

  it('lets a quotation run on when the next paragraph reopens it', () => {
    expect(quotes('“We will continue.\n\n“And we will win,” he said.')).toEqual([]);
  });
});
