import { makeFinding, type Check, type Finding } from '../finding';
import { wordEndAfter, wordStartBefore } from '../text-scan';

/**
 * Spaces before , . ; : ? ! or a closing bracket ("growth ," "( 2021 )"), and
 * after an opening bracket. Spaces inside quotation marks are left to
 * unpaired-quotes, which alone knows which mark opens and which closes.
 *
 * Not errors: an ellipsis after a space ("and so on ..."), a decimal or
 * extension (" .5", " .NET"), a score or ratio ("3 : 1"), and a mark after
 * another mark (". ,"), which stray-punctuation-runs reports as one problem.
 */

// Plain (non-Unicode) patterns without lookbehind: the engine can skip ahead to the next candidate.
const BEFORE = /[ \t\u00A0]+([,.;:?!)\]])/g;
const AFTER_OPEN = /([([])[ \t\u00A0]+(?=\S)/g;
const SPACE = /\s/;
const PUNCTUATION = /[,.;:?!]/;

export const spaceBeforePunctuation: Check = {
  id: 'space-before-punctuation',
  label: 'Space before punctuation',
  description: 'A space before a comma, full stop, colon, semicolon, question or exclamation mark, or inside brackets.',
  defaultEnabled: true,
  run(text) {
    const findings: Finding[] = [];
    for (const match of text.matchAll(BEFORE)) {
      const mark = match[1]!;
      const spaceStart = match.index;
      const markAt = spaceStart + match[0].length - 1;
      const prev = text[spaceStart - 1] ?? '';
      // Spaces at the start of a line are indentation.
      if (prev === '' || SPACE.test(prev)) continue;
      const next = text[markAt + 1] ?? '';
      if (mark === '.' && (next === '.' || /[\p{L}\p{N}]/u.test(next))) continue;
      if (mark === ':' && /\d/.test(prev) && /\d/.test(text.slice(markAt + 1, markAt + 3).trim()[0] ?? '')) continue;
      if ((mark === ':' || mark === ';') && (next === ')' || next === '(')) continue;
      if (PUNCTUATION.test(prev)) continue;
      const start = wordStartBefore(text, spaceStart);
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: mark === ')' || mark === ']' ? 'Space before a closing bracket' : `Space before “${mark}”`,
          start,
          end: markAt + 1,
          suggestion: text.slice(start, spaceStart) + mark,
          severityHint: 'minor',
          categoryHint: 'linguistic-conventions/punctuation',
        }),
      );
    }
    for (const match of text.matchAll(AFTER_OPEN)) {
      const bracket = match[1]!;
      const wordAt = match.index + match[0].length;
      const end = wordEndAfter(text, wordAt);
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: 'Space after an opening bracket',
          start: match.index,
          end,
          suggestion: bracket + text.slice(wordAt, end),
          severityHint: 'minor',
          categoryHint: 'linguistic-conventions/punctuation',
        }),
      );
    }
    return findings;
  },
};
