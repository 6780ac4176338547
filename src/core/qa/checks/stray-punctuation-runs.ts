import { makeFinding, type Check, type Finding } from '../finding';
import { wordStartBefore } from '../text-scan';

/**
 * Punctuation marks doubled or mixed where one belongs: ",," ".." ";;" ",." and
 * the MT favourite ". ," (a mark, a space, another mark).
 *
 * Not errors: an ellipsis ("...", ". . .", "...." ending a sentence, "...,"),
 * "?!" and "!!" (emphatic, a style question), "../" in a path, "::" between
 * words (code), and an abbreviation's full stop before a comma, colon or question mark
 * ("etc.,", "U.S.:", "Inc.;", "in the U.S.?").
 */

const RUN = /[,.;:!?](?:[ \t\u00A0]*[,.;:!?])+/gu;
const STRENGTH = ['?', '!', '.', ';', ':', ','];
const ABBREVIATIONS = new Set(
  'etc inc ltd co corp jr sr no nos vs mr mrs ms dr st gov sen rep prof gen col lt sgt capt jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m e.g i.e u.s u.k u.n'.split(' '),
);

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[^\p{L}]+/u, '').toLowerCase();
  return ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare) || /\p{L}\.\p{L}/u.test(bare);
}

export const strayPunctuationRuns: Check = {
  id: 'stray-punctuation-runs',
  label: 'Stray punctuation',
  description: 'Doubled or mixed punctuation marks such as ",," ".." ",." or ". ,".',
  defaultEnabled: true,
  run(text) {
    const findings: Finding[] = [];
    for (const match of text.matchAll(RUN)) {
      const marks = match[0].replace(/[ \t\u00A0]/g, '');
      const runStart = match.index;
      const runEnd = runStart + match[0].length;
      if (/^\.{3,}[,;:!?]?$/.test(marks)) continue;
      if (/^[!?]+$/.test(marks)) continue;
      if (marks === '..' && text[runEnd] === '/') continue;
      if (marks === '::' && /\w/.test(text[runStart - 1] ?? '') && /\w/.test(text[runEnd] ?? '')) continue;
      const spaced = marks.length !== match[0].length;
      const before = wordStartBefore(text, runStart);
      if (!spaced && marks.length === 2 && marks[0] === '.' && ',;:?!'.includes(marks[1]!) && isAbbreviation(text.slice(before, runStart))) continue;

      const strongest = STRENGTH.find((mark) => marks.includes(mark)) ?? marks[0]!;
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: `Stray punctuation “${match[0]}”`,
          start: before,
          end: runEnd,
          suggestion: text.slice(before, runStart) + strongest,
          severityHint: 'minor',
          categoryHint: 'linguistic-conventions/punctuation',
        }),
      );
    }
    return findings;
  },
};
