/**
 * Untranslated segments: an empty (or white-space-only) target for a source that has text, and a
 * target identical to its source (compared NFKC, case- and space-insensitive), except where the
 * source needs no translation (numbers, punctuation, names: see isUntranslatable).
 */
import type { BilingualCheck, BilingualFinding } from './input';
import { segmentFinding } from './input';
import { comparable, isUntranslatable } from './normalise';

export const bilingualUntranslated: BilingualCheck = {
  id: 'bilingual-untranslated',
  label: 'Empty or untranslated target',
  description: 'The target is empty, or the same as the source although the source has words to translate.',
  defaultEnabled: true,
  run(segments) {
    const findings: BilingualFinding[] = [];
    for (const segment of segments) {
      if (segment.source.trim() === '') continue;
      if (segment.target.trim() === '') {
        findings.push(
          segmentFinding(segment, {
            checkId: this.id,
            ruleId: 'empty',
            subject: 'empty',
            message: 'The target is empty',
            severityHint: 'major',
            categoryHint: 'accuracy/omission',
          }),
        );
      } else if (comparable(segment.source) === comparable(segment.target) && !isUntranslatable(segment.source)) {
        findings.push(
          segmentFinding(segment, {
            checkId: this.id,
            ruleId: 'identical',
            subject: 'identical',
            message: 'The target is the same as the source',
            severityHint: 'major',
            categoryHint: 'accuracy/untranslated',
          }),
        );
      }
    }
    return findings;
  },
};
