/**
 * Numbers that differ between source and target: both sides normalised to values (number-extract,
 * chinese-numerals) and compared as multisets. A strong source number with no equal value in the
 * target is missing; a strong target number with no equal value in the source is extra.
 */
import type { BilingualCheck, BilingualFinding } from './input';
import { segmentFinding } from './input';
import { extractNumbers, type ExtractedNumber } from './number-extract';

function counts(numbers: readonly ExtractedNumber[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const number of numbers) map.set(number.value, (map.get(number.value) ?? 0) + 1);
  return map;
}

function strongFirst(numbers: readonly ExtractedNumber[]): ExtractedNumber[] {
  return [...numbers.filter((number) => number.strong), ...numbers.filter((number) => !number.strong)];
}

function display(value: string): string {
  return Number(value).toLocaleString('en-US', { maximumFractionDigits: 10 });
}

export const bilingualNumbers: BilingualCheck = {
  id: 'bilingual-numbers',
  label: 'Numbers differ from the source',
  description: 'A number, date or amount of the source is missing from the target, or the target has one the source does not (3.5万 = 35,000, 十二 = 12).',
  defaultEnabled: true,
  run(segments, context) {
    const findings: BilingualFinding[] = [];
    for (const segment of segments) {
      // Strong numbers first on each side, so a weak reading (the 23 in "11:00" as 11 p.m.) never takes the value a strong one needs.
      const source = strongFirst(extractNumbers(segment.source, context.sourceLocale));
      const target = strongFirst(extractNumbers(segment.target, context.targetLocale));
      if (source.length === 0 && target.length === 0) continue;
      const available = counts(target);
      for (const number of source) {
        const left = available.get(number.value) ?? 0;
        if (left > 0) available.set(number.value, left - 1);
        else if (number.strong) {
          const written = segment.source.slice(number.start, number.end);
          findings.push(
            segmentFinding(segment, {
              checkId: this.id,
              ruleId: 'missing',
              subject: number.value,
              message: `The source's ${written} (${display(number.value)}) is not in the target`,
              severityHint: 'major',
              categoryHint: 'accuracy/mistranslation',
            }),
          );
        }
      }
      const unmatched = counts(source);
      for (const number of target) {
        const left = unmatched.get(number.value) ?? 0;
        if (left > 0) unmatched.set(number.value, left - 1);
        else if (number.strong) {
          findings.push(
            segmentFinding(segment, {
              checkId: this.id,
              ruleId: 'extra',
              subject: number.value,
              start: number.start,
              end: number.end,
              message: `${display(number.value)} is not in the source`,
              severityHint: 'major',
              categoryHint: 'accuracy/mistranslation',
            }),
          );
        }
      }
    }
    return findings;
  },
};
