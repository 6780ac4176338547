import { describe, expect, it } from 'vitest';
import { countWords } from '../formats/documents/plain-text';
import { repeatedWords } from '../qa/checks/repeated-words';
import { WordTable } from '../qa/checks/names/tokens';
import { compileTermMatcher, termTokens } from '../terms';
import { wordRunEnd } from './words';

/**
 * Every caller of core/text cuts the same words out of text outside the BMP: the term matcher, the
 * QA checks' word scanners and the word count. Before core/text the QA scanners walked UTF-16 code
 * units and saw no word at all in 𝐚𝐛𝐜 or 𠀀, while the matcher and the count did.
 */
const TEXT = '𝐚𝐛𝐜 𠀀𠀁 x\u0301y 😀 👨‍👩‍👧 𐐀𐐨';
const WORDS = ['𝐚𝐛𝐜', '𠀀𠀁', 'x\u0301y', '𐐀𐐨'];

/** Words by core/text's code-point run, the reference. */
function runs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const end = wordRunEnd(text, i);
    if (end > i) out.push(text.slice(i, end));
    i = end > i ? end : i + 1;
  }
  return out;
}

describe('one word rule for every caller, outside the BMP too', () => {
  it('core/text finds the words: letters of the SMP and SIP, combining marks; no emoji', () => {
    expect(runs(TEXT)).toEqual(WORDS);
  });

  it('the term matcher cuts the same word tokens and finds them as whole words', () => {
    expect(termTokens(TEXT).filter((token) => runs(token).length === 1)).toEqual(WORDS.map((word) => word.toLowerCase().normalize('NFC')));
    const matcher = compileTermMatcher(WORDS.map((text, index) => ({ termId: `t${index}`, text, kind: 'target' })));
    expect(matcher.match(TEXT).map((occurrence) => TEXT.slice(occurrence.start, occurrence.end))).toEqual(WORDS);
    expect(matcher.match('x𝐚𝐛𝐜 𝐚𝐛𝐜𝐝')).toEqual([]);
  });

  it('the name checks’ word table reads the same words (it read none of these before), with their case', () => {
    const table = new WordTable(TEXT);
    expect(Array.from({ length: table.count }, (_, i) => table.word(i))).toEqual(WORDS);
    // Deseret has case: 𐐀 is a capital.
    expect(table.isCapitalised(3)).toBe(true);
    expect(table.isCapitalised(0)).toBe(false);
  });

  it('the repeated-words check sees a repeated word outside the BMP (it saw none before)', () => {
    expect(repeatedWords.run('the 𝐚𝐛𝐜 𝐚𝐛𝐜 plan', {}).map((finding) => finding.quote)).toEqual(['𝐚𝐛𝐜 𝐚𝐛𝐜']);
  });

  it('the word count counts the same words (CJK ones per character)', () => {
    expect(countWords(TEXT)).toBe(5);
  });
});
