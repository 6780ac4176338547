import { makeFinding, type Check, type Finding } from '../finding';
import { wordEndAfter, wordStartBefore } from '../text-scan';

/**
 * Two or more spaces between words on one line. Indentation and spaces at the
 * end of a line are left alone: they are layout, not a typing slip.
 */

// A plain pattern without lookarounds (the engine skips ahead fast); the neighbours are checked by hand.
const RUN = /[ \u00A0]{2,}/g;
const SPACE = /\s/;

export const doubleSpaces: Check = {
  id: 'double-spaces',
  label: 'Double spaces',
  description: 'More than one space between two words.',
  defaultEnabled: true,
  run(text) {
    const findings: Finding[] = [];
    for (const match of text.matchAll(RUN)) {
      const spaceEnd = match.index + match[0].length;
      const before = text[match.index - 1];
      const after = text[spaceEnd];
      if (before === undefined || after === undefined || SPACE.test(before) || SPACE.test(after)) continue;
      const start = wordStartBefore(text, match.index);
      const end = wordEndAfter(text, spaceEnd);
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: `${match[0].length} spaces in a row`,
          start,
          end,
          suggestion: `${text.slice(start, match.index)} ${text.slice(spaceEnd, end)}`,
          severityHint: 'minor',
          categoryHint: 'linguistic-conventions/punctuation',
        }),
      );
    }
    return findings;
  },
};
