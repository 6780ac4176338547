import { describe, expect, it } from 'vitest';
import { asciiPunctuation, untranslatedSourceScript } from './untranslated-source-script';

const run = (text: string) =>
  untranslatedSourceScript.run(text, {}).map(({ quote, suggestion, categoryHint, severityHint }) => ({ quote, suggestion, categoryHint, severityHint }));

describe('untranslated-source-script', () => {
  it('finds Chinese, Japanese and Korean text as untranslated', () => {
    expect(run('Governor 郑栅洁 presided; the カタカナ and 한국어 words, and 中 国 spaced.')).toEqual([
      { quote: '郑栅洁', suggestion: undefined, categoryHint: 'accuracy/untranslated', severityHint: 'major' },
      { quote: 'カタカナ', suggestion: undefined, categoryHint: 'accuracy/untranslated', severityHint: 'major' },
      { quote: '한국어', suggestion: undefined, categoryHint: 'accuracy/untranslated', severityHint: 'major' },
      { quote: '中 国', suggestion: undefined, categoryHint: 'accuracy/untranslated', severityHint: 'major' },
    ]);
  });

  it('finds full-width punctuation and suggests ASCII, spaced before the next word', () => {
    expect(run('growth，and the plan（2021）。Next')).toEqual([
      { quote: '，', suggestion: ', ', categoryHint: 'linguistic-conventions/punctuation', severityHint: 'minor' },
      { quote: '（', suggestion: ' (', categoryHint: 'linguistic-conventions/punctuation', severityHint: 'minor' },
      { quote: '）。', suggestion: '). ', categoryHint: 'linguistic-conventions/punctuation', severityHint: 'minor' },
    ]);
    expect(asciiPunctuation('「ＡＢ１」、')).toBe('“AB1”,');
    expect(asciiPunctuation('￥')).toBeUndefined();
  });

  it('leaves English text with curly quotes, dashes and accents alone', () => {
    expect(run('The “double growth” plan — café, naïve, São Paulo… 2021–2025 · ok')).toEqual([]);
  });
});
