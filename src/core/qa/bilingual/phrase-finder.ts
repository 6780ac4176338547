/**
 * Which of a list of phrases occur in a text, for the glossary check on either side. Phrases
 * with a CJK character are found as substrings (Chinese and Japanese are written without spaces,
 * and the term matcher's whole-token rule makes a run of Han characters one token, so 国务院
 * would never be found in 今天国务院发布); the others go through the term matcher (whole tokens,
 * case-folded, English plurals).
 */
import { compileTermMatcher, type TermPattern } from '../../terms';
import { CJK, charFlags } from '../../text';

function hasCjk(text: string): boolean {
  for (const char of text) if ((charFlags(char.codePointAt(0)!) & CJK) !== 0) return true;
  return false;
}

export interface PhraseSpan {
  readonly start: number;
  readonly end: number;
  /** Index into the phrases given. */
  readonly phrase: number;
}

export interface PhraseFinder {
  /** The indices (into the phrases given) of the phrases found in the text. */
  find(text: string): Set<number>;
  /** Where they are (UTF-16 offsets into the text, which should be NFC), in text order. */
  locate(text: string): PhraseSpan[];
}

export function compilePhraseFinder(phrases: readonly string[]): PhraseFinder {
  const byFirstChar = new Map<string, number[]>();
  const patterns: TermPattern[] = [];
  const patternPhrase: number[] = [];
  phrases.forEach((phrase, index) => {
    const text = phrase.normalize('NFC').trim();
    if (text === '') return;
    if (hasCjk(text)) {
      const first = text[0]!;
      const list = byFirstChar.get(first);
      if (list) list.push(index);
      else byFirstChar.set(first, [index]);
    } else {
      patterns.push({ termId: String(index), text, kind: 'target' });
      patternPhrase.push(index);
    }
  });
  const cjkTexts = phrases.map((phrase) => phrase.normalize('NFC').trim());
  const matcher = patterns.length > 0 ? compileTermMatcher(patterns) : undefined;
  return {
    find(text) {
      const found = new Set<number>();
      if (byFirstChar.size > 0) {
        const normal = text.normalize('NFC');
        for (let at = 0; at < normal.length; at += 1) {
          const candidates = byFirstChar.get(normal[at]!);
          if (candidates) for (const index of candidates) if (normal.startsWith(cjkTexts[index]!, at)) found.add(index);
        }
      }
      if (matcher) for (const occurrence of matcher.match(text)) for (const pattern of occurrence.patterns) found.add(patternPhrase[pattern]!);
      return found;
    },
    locate(text) {
      const spans: PhraseSpan[] = [];
      if (byFirstChar.size > 0) {
        for (let at = 0; at < text.length; at += 1) {
          const candidates = byFirstChar.get(text[at]!);
          if (candidates) for (const index of candidates) if (text.startsWith(cjkTexts[index]!, at)) spans.push({ start: at, end: at + cjkTexts[index]!.length, phrase: index });
        }
      }
      if (matcher) for (const occurrence of matcher.match(text)) spans.push({ start: occurrence.start, end: occurrence.end, phrase: patternPhrase[occurrence.patterns[0]!]! });
      return spans.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
