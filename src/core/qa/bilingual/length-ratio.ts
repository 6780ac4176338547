/**
 * Length-ratio outliers: a target far longer or shorter than its source, measured against the
 * document's own ratios, so a Chinese source with an English target (about three times as many
 * characters) is normal. Per segment, r = ln(target words / source words) (words as core/text
 * counts them, each CJK character one); a segment is an outlier when |r − median| > THRESHOLD × 1.4826 × MAD (the median
 * absolute deviation, a robust standard deviation; at least MIN_SPREAD). Segments with fewer than MIN_SOURCE_WORDS
 * source characters are too noisy to judge and documents with fewer than MIN_SEGMENTS measured
 * segments have no distribution to judge by. Cost: two sorts, n log n.
 */
import type { BilingualCheck, BilingualFinding, BilingualInput } from './input';
import { segmentFinding } from './input';
import { countWords } from '../../text';

export const THRESHOLD = 4;
export const MIN_SOURCE_WORDS = 8;
export const MIN_SEGMENTS = 20;
/** The least spread assumed (in ln units, about 10 %): a document of near-identical ratios has a MAD of 0, and not every small difference is an outlier. */
export const MIN_SPREAD = 0.1;
/** MAD of a normal distribution times this is its standard deviation. */
const MAD_TO_SD = 1.4826;

/** Words as a CAT tool counts them (each CJK character one): a Latin name in a Chinese source counts as its words, not its letters. */
const length = countWords;

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const bilingualLengthRatio: BilingualCheck = {
  id: 'bilingual-length-ratio',
  label: 'Target much longer or shorter than usual',
  description: "The target's length against its source is far from this document's usual ratio: a sign of omission or addition.",
  defaultEnabled: true,
  run(segments) {
    const measured: { segment: BilingualInput; ratio: number }[] = [];
    for (const segment of segments) {
      const source = length(segment.source);
      const target = length(segment.target);
      if (source < MIN_SOURCE_WORDS || target === 0) continue;
      measured.push({ segment, ratio: Math.log(target / source) });
    }
    if (measured.length < MIN_SEGMENTS) return [];
    const ratios = measured.map((item) => item.ratio).sort((a, b) => a - b);
    const centre = median(ratios);
    const spread = Math.max(MIN_SPREAD, MAD_TO_SD * median(ratios.map((ratio) => Math.abs(ratio - centre)).sort((a, b) => a - b)));
    const findings: BilingualFinding[] = [];
    const usual = Math.exp(centre);
    for (const { segment, ratio } of measured) {
      const deviation = (ratio - centre) / spread;
      if (Math.abs(deviation) <= THRESHOLD) continue;
      const times = Math.exp(ratio) / usual;
      findings.push(
        segmentFinding(segment, {
          checkId: this.id,
          ruleId: deviation > 0 ? 'long' : 'short',
          subject: deviation > 0 ? 'long' : 'short',
          message:
            deviation > 0
              ? `The target is ${times.toFixed(1)}× as long as usual for its source: something added?`
              : `The target is ${(1 / times).toFixed(1)}× shorter than usual for its source: something left out?`,
          severityHint: 'minor',
          categoryHint: deviation > 0 ? 'accuracy/addition' : 'accuracy/omission',
        }),
      );
    }
    return findings;
  },
};
