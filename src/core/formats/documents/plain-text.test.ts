import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { countWords, deriveTitle, splitParagraphs, tidyTitle, UNTITLED } from './plain-text';

const SAMPLE = resolve(__dirname, '../../../../resources/samples/zhejiang-executive-meeting.en.txt');

describe('splitParagraphs', () => {
  it('makes one paragraph per non-blank line, trimming only trailing whitespace', () => {
    expect(splitParagraphs('  First line  \n\n \t\nSecond\t\r\nThird\u3000\n')).toEqual(['  First line', 'Second', 'Third']);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\t\n\u00a0\n\u3000')).toEqual([]);
  });
});

describe('countWords', () => {
  it('counts Latin-script words, keeping contractions, hyphenated words and numbers whole', () => {
    expect(countWords('The province’s high-quality plan doesn’t cost 2,000.50 yuan.')).toBe(8);
    expect(countWords('  U.S. and/or EU — 60th meeting…  ')).toBe(6);
    expect(countWords('')).toBe(0);
    expect(countWords(' \n — … “” ')).toBe(0);
  });

  it('counts each CJK character as one word, as CAT tools do, and ignores CJK punctuation', () => {
    expect(countWords('浙江省政府')).toBe(5);
    // 11 characters and the number 60, which counts as one word.
    expect(countWords('省政府召开第60次常务会议。')).toBe(12);
    expect(countWords('「超级部委+计划」体制')).toBe(8);
    expect(countWords('カタカナとひらがな')).toBe(9);
    expect(countWords('コーヒー')).toBe(4);
  });

  it('counts mixed text by both rules', () => {
    expect(countWords('郑栅洁 (Zheng Shajie) chaired')).toBe(6);
    expect(countWords('Glossa 2.0版本')).toBe(4);
  });

  it('survives pathological input a regex would choke on', () => {
    expect(countWords('a'.repeat(5_000_000))).toBe(1);
    expect(countWords('a-'.repeat(1_000_000))).toBe(1);
    expect(countWords('x--y')).toBe(2);
    expect(countWords('👍 ok 👍'.repeat(3))).toBe(3);
    // A lone surrogate is not a word and does not break the scan.
    expect(countWords('a\ud800b')).toBe(2);
  });

  it('counts other scripts that use spaces by words', () => {
    expect(countWords('Привет, мир! 안녕하세요 세계 Ελληνικά')).toBe(5);
    expect(countWords('naïve café résumé')).toBe(3);
  });
});

describe('the sample article', () => {
  const decoded = decodeText(readFileSync(SAMPLE));
  const text = decoded.ok ? decoded.text : '';

  it('decodes, and has one paragraph per line with the scraper junk first', () => {
    expect(decoded.ok).toBe(true);
    const paragraphs = splitParagraphs(text);
    expect(paragraphs).toHaveLength(10);
    expect(paragraphs[0]).toBe('[ad_1]');
    expect(paragraphs[1]).toBe('Original title: Provincial government holds 60th executive meeting, chaired by Zheng Zhajie');
    expect(paragraphs[9]?.endsWith('and a safer experience.')).toBe(true);
  });

  it('has a plausible, stable word count', () => {
    const words = countWords(text);
    // Within a few words of a naive whitespace split (718), which over-counts stray dashes.
    expect(Math.abs(words - text.split(/\s+/).filter(Boolean).length)).toBeLessThan(15);
    // Pinned so a change to the counting rules is a deliberate, visible decision.
    expect(words).toBe(716);
    // Paragraph separators do not change the count.
    expect(countWords(splitParagraphs(text).join('\n\n'))).toBe(words);
  });

  it('gets a readable title from its slug file name', () => {
    expect(deriveTitle('zhejiang-executive-meeting.en.txt', text)).toBe('zhejiang executive meeting');
  });
});

describe('deriveTitle', () => {
  it('uses the file name without extension, tidied', () => {
    expect(deriveTitle('Quarterly Report.docx', '')).toBe('Quarterly Report');
    expect(deriveTitle('/home/me/Q3_board__minutes.md', '')).toBe('Q3 board minutes');
    expect(deriveTitle('article_zh-CN.html', '')).toBe('article zh-CN');
    expect(deriveTitle('press-release.zh-CN.txt', '')).toBe('press release');
    expect(deriveTitle('Jean-Luc interview.txt', '')).toBe('Jean-Luc interview');
    expect(deriveTitle('COVID-19.txt', '')).toBe('COVID-19');
    expect(deriveTitle('浙江新闻.txt', '')).toBe('浙江新闻');
    expect(deriveTitle('.txt', '')).toBe('.txt');
    expect(deriveTitle('__.txt', '')).toBe(UNTITLED);
  });

  it('for the clipboard, uses the first non-blank line cut to about 80 characters', () => {
    expect(deriveTitle(null, '\n\n  Provincial   government meeting  \nBody')).toBe('Provincial government meeting');
    const long = 'On the night of December 21, Governor Zheng Zhajie chaired the 60th executive meeting of the provincial government';
    const title = deriveTitle(null, long);
    expect(title).toBe('On the night of December 21, Governor Zheng Zhajie chaired the 60th executive…');
    expect(title.length).toBeLessThanOrEqual(81);
    expect(deriveTitle(null, '   \n ')).toBe(UNTITLED);
  });

  it('cuts text without spaces hard, never inside a surrogate pair', () => {
    expect(tidyTitle('浙'.repeat(100))).toBe(`${'浙'.repeat(80)}…`);
    expect(tidyTitle('😀'.repeat(100))).toBe(`${'😀'.repeat(80)}…`);
  });
});
