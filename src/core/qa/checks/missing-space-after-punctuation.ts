import { makeFinding, type Check, type Finding } from '../finding';
import { wordEndAfter, wordStartBefore } from '../text-scan';

/**
 * A word glued to the punctuation before it: "growth,and", "process.The".
 *
 * Not errors: numbers ("3.5", "1,000", "10:30"), abbreviations ("U.S.", "e.g.",
 * "Ph.D.": a full stop only counts before a capitalised word, and not after an
 * initial that follows another full stop, so "U.S.Army" is left alone),
 * ellipses ("wait...and"), and technical tokens (URLs, e-mail addresses, paths,
 * "key=value"), recognised by "://", "www.", "@", "/" or "=" in the token.
 */

const GLUED = /[,;:!?](?=\p{L})|(?<!\.|\.\p{Lu})\.(?=\p{Lu}\p{Ll})/gu;
const TECHNICAL = /:\/\/|www\.|[@/=]/i;

export const missingSpaceAfterPunctuation: Check = {
  id: 'missing-space-after-punctuation',
  label: 'Missing space after punctuation',
  description: 'A word directly after a comma, full stop, colon, semicolon, question or exclamation mark.',
  defaultEnabled: true,
  run(text) {
    const findings: Finding[] = [];
    for (const match of text.matchAll(GLUED)) {
      const at = match.index;
      const start = wordStartBefore(text, at);
      const end = wordEndAfter(text, at + 1);
      if (TECHNICAL.test(text.slice(start, end))) continue;
      findings.push(
        makeFinding(text, {
          checkId: this.id,
          message: `Missing space after “${match[0]}”`,
          start,
          end,
          suggestion: `${text.slice(start, at + 1)} ${text.slice(at + 1, end)}`,
          severityHint: 'minor',
          categoryHint: 'linguistic-conventions/punctuation',
        }),
      );
    }
    return findings;
  },
};
