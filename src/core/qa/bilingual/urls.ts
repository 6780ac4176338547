/**
 * URLs and e-mail addresses that differ: each one in the source must be in the target as
 * written (scheme and host compared in lower case, a trailing slash ignored), and the target
 * must not have one the source lacks. Trailing sentence punctuation is not part of a URL.
 */
import type { BilingualCheck, BilingualFinding } from './input';
import { segmentFinding } from './input';

const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’（）【】「」《》，。；！？\p{Script=Han}]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const TRAILING = /[.,;:!?)\]}]+$/u;

interface Address {
  key: string;
  text: string;
  start: number;
}

function addresses(text: string): Address[] {
  return [...text.matchAll(ADDRESS)].map((match) => {
    const written = match[0].replace(TRAILING, '');
    const scheme = written.indexOf('://');
    const from = scheme < 0 ? 0 : scheme + 3;
    const path = written.slice(from).search(/[/?#]/u);
    // E-mail addresses and host names are compared in lower case; a path keeps its case.
    const hostEnd = written.includes('@') || path < 0 ? written.length : from + path;
    const key = (written.slice(0, hostEnd).toLowerCase() + written.slice(hostEnd)).replace(/\/$/u, '');
    return { key, text: written, start: match.index };
  });
}

export const bilingualUrls: BilingualCheck = {
  id: 'bilingual-urls',
  label: 'URLs and e-mail addresses',
  description: 'A URL or e-mail address of the source is missing from the target or written differently, or the target has one the source does not.',
  defaultEnabled: true,
  run(segments) {
    const findings: BilingualFinding[] = [];
    for (const segment of segments) {
      const source = addresses(segment.source);
      const target = addresses(segment.target);
      if (source.length === 0 && target.length === 0) continue;
      const targetKeys = new Set(target.map((address) => address.key));
      const sourceKeys = new Set(source.map((address) => address.key));
      for (const address of source) {
        if (targetKeys.has(address.key)) continue;
        findings.push(
          segmentFinding(segment, { checkId: this.id, ruleId: 'missing', subject: address.key, message: `The source's ${address.text} is not in the target`, severityHint: 'major', categoryHint: 'accuracy/omission' }),
        );
      }
      for (const address of target) {
        if (sourceKeys.has(address.key)) continue;
        findings.push(
          segmentFinding(segment, {
            checkId: this.id,
            ruleId: 'extra',
            subject: address.key,
            start: address.start,
            end: address.start + address.text.length,
            message: `${address.text} is not in the source`,
            severityHint: 'major',
            categoryHint: 'accuracy/addition',
          }),
        );
      }
    }
    return findings;
  },
};
