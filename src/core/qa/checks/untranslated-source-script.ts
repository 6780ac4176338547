import { makeFinding, type Check, type Finding } from '../finding';

/**
 * Chinese, Japanese or Korean text left in the English target: ideographs,
 * kana and hangul are untranslated source (Accuracy); a run of only full-width
 * or ideographic punctuation ("，" "。" "（"), a punctuation slip that comes with
 * MT from Chinese, gets its ASCII equivalent as the suggestion.
 */

const CJK_CLASS = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]`;
// Runs of CJK characters, with the spaces between them, so "中 国" is one finding.
const RUN = new RegExp(String.raw`${CJK_CLASS}(?:[ \t]*${CJK_CLASS})*`, 'gu');
const SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Every CJK character lies in these ranges (curly quotes and dashes, U+2000–2E7F, do not): a cheap
// test that spares English text the Unicode-property scan.
const MAYBE_CJK = /[\u1100-\u11FF\u2E80-\uFFEF]/;

const PUNCTUATION_MAP: Record<string, string> = {
  '\u3000': ' ',
  '、': ',',
  '。': '.',
  '「': '“',
  '」': '”',
  '『': '‘',
  '』': '’',
  '【': '[',
  '】': ']',
  '〔': '(',
  '〕': ')',
  '《': '“',
  '》': '”',
  '〈': '‘',
  '〉': '’',
};
const NEEDS_SPACE_AFTER = new Set([',', '.', ';', ':', '?', '!']);

/** ASCII for a run of full-width and ideographic punctuation, or undefined if a character has none. */
export function asciiPunctuation(run: string): string | undefined {
  let out = '';
  for (const ch of run) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (PUNCTUATION_MAP[ch] !== undefined) out += PUNCTUATION_MAP[ch];
    else if (ch === ' ' || ch === '\t') out += ch;
    else return undefined;
  }
  return out;
}

export const untranslatedSourceScript: Check = {
  id: 'untranslated-source-script',
  label: 'Source script left in the target',
  description: 'Chinese, Japanese or Korean characters, or full-width punctuation, in the English text.',
  defaultEnabled: true,
  run(text) {
    const findings: Finding[] = [];
    if (!MAYBE_CJK.test(text)) return findings;
    for (const match of text.matchAll(RUN)) {
      const start = match.index;
      const end = start + match[0].length;
      if (SCRIPT.test(match[0])) {
        findings.push(
          makeFinding(text, {
            checkId: this.id,
            message: 'Untranslated source text',
            start,
            end,
            severityHint: 'major',
            categoryHint: 'accuracy/untranslated',
          }),
        );
        continue;
      }
      let suggestion = asciiPunctuation(match[0]);
      if (suggestion !== undefined) {
        if (NEEDS_SPACE_AFTER.has(suggestion.slice(-1)) && LETTER_OR_DIGIT.test(text[end] ?? '')) suggestion += ' ';
        if (suggestion.startsWith('(') && LETTER_OR_DIGIT.test(text[start - 1] ?? '')) suggestion = ` ${suggestion}`;
      }
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: 'Full-width punctuation or characters in English text',
          start,
          end,
          ...(suggestion !== undefined ? { suggestion } : {}),
          severityHint: 'minor',
          categoryHint: 'linguistic-conventions/punctuation',
        }),
      );
    }
    return findings;
  },
};
