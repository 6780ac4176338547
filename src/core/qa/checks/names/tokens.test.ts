import { describe, expect, it } from 'vitest';
import { commonWordTest } from './common-words';
import { startsSentence } from './sentence-start';
import { WordTable } from './tokens';
import { WordFilter } from './word-filter';

function describeWords(text: string) {
  const table = new WordTable(text);
  return Array.from({ length: table.count }, (_, i) => ({
    word: table.word(i),
    lower: table.lower(i),
    capitalised: table.isCapitalised(i),
    allCaps: table.isAllCaps(i),
    possessive: table.isPossessive(i),
    initial: table.isSentenceInitial(i),
    joined: table.isJoinedToPrevious(i),
  }));
}

describe('WordTable', () => {
  it('reads words with case, possessives, hyphens and joins', () => {
    expect(describeWords('Longgang’s new-type NATO plan. Zheng Zhajie, iPhone')).toEqual([
      { word: 'Longgang', lower: 'longgang', capitalised: true, allCaps: false, possessive: true, initial: true, joined: false },
      { word: 'new-type', lower: 'new-type', capitalised: false, allCaps: false, possessive: false, initial: false, joined: true },
      { word: 'NATO', lower: 'nato', capitalised: true, allCaps: true, possessive: false, initial: false, joined: true },
      { word: 'plan', lower: 'plan', capitalised: false, allCaps: false, possessive: false, initial: false, joined: true },
      { word: 'Zheng', lower: 'zheng', capitalised: true, allCaps: false, possessive: false, initial: true, joined: false },
      { word: 'Zhajie', lower: 'zhajie', capitalised: true, allCaps: false, possessive: false, initial: false, joined: true },
      { word: 'iPhone', lower: 'iphone', capitalised: false, allCaps: false, possessive: false, initial: false, joined: false },
    ]);
  });

  it('marks title-case headlines and digits', () => {
    const table = new WordTable('Provincial Government Holds Executive Meeting\nthe meeting in G20 held');
    expect(table.isInHeadline(0)).toBe(true);
    expect(table.isInHeadline(5)).toBe(false);
    expect(table.hasDigit(8)).toBe(true);
  });

  it('hashes words during the scan exactly as the filter hashes strings', () => {
    const table = new WordTable('Province’s PROVINCE province café new-type');
    const filter = new WordFilter(['province', 'new-type']);
    expect([0, 1, 2, 3, 4].map((i) => filter.mayContain(table, i))).toEqual([true, true, true, false, true]);
    expect(table.hash[3]).toBe(-1); // beyond ASCII: the filter hashes the lower-cased string instead
  });

  it('learns common words from the text', () => {
    const isCommon = commonWordTest(new WordTable('The Province grows. The province is big. Zheng met Wang.'));
    expect(isCommon('province')).toBe(true);
    expect(isCommon('the')).toBe(true);
    expect(isCommon('zheng')).toBe(false);
  });
});

describe('startsSentence', () => {
  it.each([
    ['Leave', 'Leave now'],
    ['The', 'It ended. The end'],
    ['Leave', 'he said “Leave it”'],
    ['The', 'Beijing (Xinhua) The reporter'],
    ['According', 'July 26th According to'],
    ['According', 'July 26 -- According to'],
    ['Provincial', 'Original title: Provincial'],
  ])('%s starts a sentence in %j', (word, text) => {
    expect(startsSentence(text, text.lastIndexOf(word))).toBe(true);
  });

  it.each([
    ['For', 'urgent projects, For long-term'],
    ['Province', 'in our Province'],
  ])('%s does not in %j', (word, text) => {
    expect(startsSentence(text, text.lastIndexOf(word))).toBe(false);
  });
});
