/**
 * Leading and trailing punctuation or white space that differs: the source ends with a sentence
 * mark (. ? ! : ; , …, full-width 。？！：；，… mapped to their Latin equivalents) and the target
 * ends with another or none, or the other way round; closing quotes and brackets are looked
 * through on both sides ("…。”" ends with 。). White space at either end must agree too
 * (present on both or on neither), as a CAT tool's segmenter relies on it.
 */
import type { BilingualCheck, BilingualFinding, BilingualInput } from './input';
import { segmentFinding } from './input';

const LATIN: Readonly<Record<string, string>> = {
  '。': '.', '．': '.', '｡': '.', '？': '?', '！': '!', '：': ':', '；': ';', '，': ',', '、': ',', '…': '…', '⋯': '…',
  '.': '.', '?': '?', '!': '!', ':': ':', ';': ';', ',': ',',
};
const CLOSERS = /[\s"'”’»›)\]}）】」』》〉〕]+$/u;

/** The final sentence mark of a text ("…" for an ellipsis, "" for none), and where it starts in the text. */
function finalMark(text: string): { mark: string; start: number; end: number } {
  const body = text.replace(CLOSERS, '');
  if (body.endsWith('...')) return { mark: '…', start: body.length - 3, end: body.length };
  const last = body[body.length - 1];
  const mark = last === undefined ? '' : (LATIN[last] ?? '');
  return { mark, start: mark === '' ? body.length : body.length - 1, end: body.length };
}

function finding(segment: BilingualInput, checkId: string, ruleId: string, message: string, start?: number, end?: number): BilingualFinding {
  return segmentFinding(segment, { checkId, ruleId, subject: ruleId, message, start, end, severityHint: 'minor', categoryHint: 'linguistic-conventions/punctuation' });
}

const NAMES: Readonly<Record<string, string>> = { '.': 'a full stop', '?': 'a question mark', '!': 'an exclamation mark', ':': 'a colon', ';': 'a semicolon', ',': 'a comma', '…': 'an ellipsis', '': 'no punctuation' };

export const bilingualEdgePunctuation: BilingualCheck = {
  id: 'bilingual-edge-punctuation',
  label: 'Punctuation or space at the ends',
  description: 'The target ends with other punctuation than the source (。 = .), or has space at its start or end where the source has none, or the reverse.',
  defaultEnabled: true,
  run(segments) {
    const findings: BilingualFinding[] = [];
    for (const segment of segments) {
      if (segment.source.trim() === '' || segment.target.trim() === '') continue;
      const source = finalMark(segment.source);
      const target = finalMark(segment.target);
      if (source.mark !== target.mark) {
        const span = target.mark === '' ? {} : { start: target.start, end: target.end };
        findings.push(finding(segment, this.id, 'final-mark', `The source ends with ${NAMES[source.mark]}, the target with ${NAMES[target.mark]}`, span.start, span.end));
      }
      const leading = (text: string) => /^\s/u.test(text);
      const trailing = (text: string) => /\s$/u.test(text);
      if (leading(segment.source) !== leading(segment.target)) {
        findings.push(finding(segment, this.id, 'leading-space', leading(segment.source) ? 'The source starts with white space, the target does not' : 'The target starts with white space, the source does not'));
      }
      if (trailing(segment.source) !== trailing(segment.target)) {
        findings.push(finding(segment, this.id, 'trailing-space', trailing(segment.source) ? 'The source ends with white space, the target does not' : 'The target ends with white space, the source does not'));
      }
    }
    return findings;
  },
};
