import { makeFinding, type Check, type Finding } from '../finding';
import { charLength, codePointAt, isInlineSpace, isWordChar } from '../../text/chars';
import { isWordAt, sameIgnoringCase, wordRunEnd } from '../../text/words';

/**
 * The same word twice in a row ("the the", "The the"), across spaces only: a
 * comma, line break or other mark between them means the repetition is meant.
 *
 * Not reported: words English legitimately doubles (EXCEPTIONS: "had had",
 * "that that", "is is", "do do", "bye bye", …), numbers ("10 10" in a table),
 * and pairs where both words are capitalised, which are nearly always names
 * ("Yang Yang", "Bing Dwen Dwen", "Walla Walla").
 */

export const REPEATED_WORD_EXCEPTIONS: ReadonlySet<string> = new Set([
  'had',
  'that',
  'is',
  'do',
  'does',
  'bye',
  'ha',
  'haha',
  'ho',
  'no',
  'yes',
  'so',
  'knock',
  'chop',
  'hush',
  'tut',
  'there',
]);

const CAPITALISED = /^\p{Lu}/u;
const NUMERIC = /^\p{N}+$/u;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** End of the word starting at i: letters and digits, with inner apostrophes ("don’t"). */
function wordEnd(text: string, i: number): number {
  let end = i;
  for (;;) {
    end = wordRunEnd(text, end);
    const code = text.charCodeAt(end);
    if ((code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) && isWordAt(text, end + 1)) {
      end += 1;
      continue;
    }
    return end;
  }
}

export const repeatedWords: Check = {
  id: 'repeated-words',
  label: 'Repeated words',
  description: 'The same word twice in a row, such as "the the".',
  defaultEnabled: true,
  run(text) {
    const findings: Finding[] = [];
    // One pass over the code points; a word is only sliced when it equals its predecessor.
    let prevStart = -1;
    let prevEnd = -1;
    let i = 0;
    while (i < text.length) {
      const point = codePointAt(text, i);
      if (!isWordChar(point)) {
        i += charLength(point);
        continue;
      }
      const start = i;
      const end = wordEnd(text, i);
      i = end;
      const length = end - start;
      let onlySpaces = prevEnd >= 0 && start > prevEnd && prevEnd - prevStart === length;
      for (let g = prevEnd; onlySpaces && g < start; g += 1) onlySpaces = isInlineSpace(text.charCodeAt(g));
      const repeated = onlySpaces && sameIgnoringCase(text, prevStart, start, length);
      const [firstStart, firstEnd] = [prevStart, prevEnd];
      prevStart = start;
      prevEnd = end;
      if (!repeated) continue;
      const first = text.slice(firstStart, firstEnd);
      const second = text.slice(start, end);
      if (REPEATED_WORD_EXCEPTIONS.has(first.toLowerCase()) || NUMERIC.test(first)) continue;
      if (CAPITALISED.test(first) && CAPITALISED.test(second)) continue;
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: `“${second}” repeated`,
          start: firstStart,
          end,
          suggestion: first,
          severityHint: 'minor',
          categoryHint: 'linguistic-conventions/grammar',
        }),
      );
    }
    return findings;
  },
};
