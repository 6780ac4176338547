/**
 * "Add source…": pairing the units of a source text with the paragraphs of a target document
 * (docs/adr/0021-source-alignment.md). When the counts match, unit i goes with paragraph i.
 * Otherwise Gale & Church's length-based alignment (1993, "A Program for Aligning Sentences in
 * Bilingual Corpora", Computational Linguistics 19(1)) finds the likeliest sequence of 1-1, 1-0,
 * 0-1, 2-1, 1-2 and 2-2 pairs from character lengths alone. Then the translator corrects it with
 * the editing helpers below, each of which keeps every unit in exactly one pair, in order.
 */
import { cachedSegmenter, charFlags, SPACE, ZERO_WIDTH_SPACE } from '../text';

/** Indices into the source units and the target paragraphs, each run contiguous and increasing. */
export interface AlignmentPair {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

export interface Alignment {
  /** How the pairs were first proposed; edits keep it (the UI says "paired by order" or "check the pairs"). */
  readonly method: 'by-order' | 'length-based';
  readonly pairs: readonly AlignmentPair[];
}

export type AlignmentSide = 'source' | 'target';

/** Gale & Church's s²: variance of the length of a translation, per character. */
const VARIANCE = 6.8;

interface Bead {
  sources: number;
  targets: number;
  /** −ln of the prior probability of the bead (Gale & Church, table 5). */
  penalty: number;
}

// Order is the tie-break: with equal costs the earlier bead wins, so 1-1 is preferred. The paper
// gives one figure for "1-0 or 0-1" and one for "2-1 or 1-2"; its program charges each bead of
// the class that figure, and so does this.
const BEADS: readonly Bead[] = [
  { sources: 1, targets: 1, penalty: -Math.log(0.89) },
  { sources: 1, targets: 0, penalty: -Math.log(0.0099) },
  { sources: 0, targets: 1, penalty: -Math.log(0.0099) },
  { sources: 2, targets: 1, penalty: -Math.log(0.089) },
  { sources: 1, targets: 2, penalty: -Math.log(0.089) },
  { sources: 2, targets: 2, penalty: -Math.log(0.011) },
];

/**
 * The length of a unit: code points that are not white space. Spaces would count against
 * Chinese and Japanese, which write none, and a pasted text's spacing says nothing of its content.
 */
export function alignmentLength(text: string): number {
  let length = 0;
  for (const char of text) {
    if ((charFlags(char.codePointAt(0)!) & (SPACE | ZERO_WIDTH_SPACE)) === 0) length += 1;
  }
  return length;
}

/**
 * −ln P(|Z| ≥ z) for a standard normal Z: the tail by Abramowitz & Stegun 26.2.17, as Gale &
 * Church's program computes it, but taken in logs, so a far tail is a large cost, not infinity.
 */
function tailCost(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const series = ((((1.330274429 * t - 1.821255978) * t + 1.781477937) * t - 0.356563782) * t + 0.31938153) * t;
  return Math.max(0, (z * z) / 2 - Math.log(2 * 0.3989423 * series));
}

/** Cost of pairing text of these lengths (both in the same units): δ = |l₁ − l₂| / √(s² · (l₁ + l₂)/2). */
function lengthCost(source: number, target: number): number {
  if (source === 0 && target === 0) return 0;
  return tailCost(Math.abs(source - target) / Math.sqrt((VARIANCE * (source + target)) / 2));
}

/**
 * Prefix sums of the lengths, both sides in characters of the shorter text: c (target characters
 * per source character) is estimated from the totals, and the longer side is scaled down by it.
 * For en→de c is near 1 and this is the paper's model. For zh→en it is measured in Chinese
 * characters, which on WMT21 recovered more of the true pairs, either way round, than English
 * characters did (zh→en, all 1,948 lines, three systems: 98.7–99.9 % against 92.6–94.9 %; ADR 0021).
 */
function scaledPrefixSums(sources: readonly string[], targets: readonly string[]): [Float64Array, Float64Array] {
  const sourceLengths = sources.map(alignmentLength);
  const targetLengths = targets.map(alignmentLength);
  const sourceTotal = sourceLengths.reduce((sum, length) => sum + length, 0);
  const targetTotal = targetLengths.reduce((sum, length) => sum + length, 0);
  const ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1;
  const prefix = (lengths: number[], scale: number) => {
    const sums = new Float64Array(lengths.length + 1);
    lengths.forEach((length, index) => (sums[index + 1] = sums[index]! + length * scale));
    return sums;
  };
  return [prefix(sourceLengths, Math.min(ratio, 1)), prefix(targetLengths, Math.min(1 / ratio, 1))];
}

/**
 * Gale & Church's dynamic programme, in a band around the diagonal so that a long document does
 * not need n × m cells: ±max(100, 2·|n − m|) units. A path of 1-1s and 2-1s (or 1-2s) never
 * strays more than |n − m| from the diagonal; the rest is room for merges and splits that cancel
 * out. On WMT21 (1,948 × 1,862) the band gives the same pairs as the full table. Costs are kept
 * three rows at a time (a bead spans at most two rows); the chosen bead of every cell in the band
 * is kept for the trace back. Every cell of the band is reachable (1-0 and 0-1 beads connect them).
 */
function lengthBasedPairs(sources: readonly string[], targets: readonly string[]): AlignmentPair[] {
  const n = sources.length;
  const m = targets.length;
  const [sourceSums, targetSums] = scaledPrefixSums(sources, targets);
  const halfWidth = Math.max(100, 2 * Math.abs(n - m), Math.ceil(m / Math.max(n, 1)) + 1);
  const lows = new Int32Array(n + 1);
  const highs = new Int32Array(n + 1);
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i += 1) {
    lows[i] = n === 0 ? 0 : Math.max(0, Math.floor((i * m) / n) - halfWidth);
    highs[i] = n === 0 ? m : Math.min(m, Math.ceil((i * m) / n) + halfWidth);
    rowStart[i + 1] = rowStart[i]! + highs[i]! - lows[i]! + 1;
  }
  const chosen = new Uint8Array(rowStart[n + 1]!);
  const rows = [0, 1, 2].map(() => new Float64Array(m + 1));

  for (let i = 0; i <= n; i += 1) {
    const row = rows[i % 3]!;
    const lo = lows[i]!;
    const hi = highs[i]!;
    for (let j = lo; j <= hi; j += 1) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      let best = Infinity;
      let bead = 0;
      for (let b = 0; b < BEADS.length; b += 1) {
        const { sources: di, targets: dj, penalty } = BEADS[b]!;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < lows[pi]! || pj > highs[pi]!) continue;
        const previous = rows[pi % 3]![pj]! + penalty;
        // The length cost is never negative: a bead that cannot win is not priced (the slow part).
        if (previous >= best) continue;
        const cost = previous + lengthCost(sourceSums[i]! - sourceSums[pi]!, targetSums[j]! - targetSums[pj]!);
        if (cost < best) {
          best = cost;
          bead = b;
        }
      }
      row[j] = best;
      chosen[rowStart[i]! + j - lo] = bead;
    }
  }

  const pairs: AlignmentPair[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const { sources: di, targets: dj } = BEADS[chosen[rowStart[i]! + j - lows[i]!]!]!;
    pairs.push({ source: range(i - di, i), target: range(j - dj, j) });
    i -= di;
    j -= dj;
  }
  return pairs.reverse();
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

/** Pairs source units with target paragraphs: by order when the counts match, by length otherwise. */
export function alignUnits(sources: readonly string[], targets: readonly string[]): Alignment {
  if (sources.length === targets.length) {
    return { method: 'by-order', pairs: sources.map((_, index) => ({ source: [index], target: [index] })) };
  }
  return { method: 'length-based', pairs: lengthBasedPairs(sources, targets) };
}

/** Does the alignment cover every source and target index exactly once, in order, with no empty pair? */
export function isAlignmentOf(alignment: Alignment, sourceCount: number, targetCount: number): boolean {
  let nextSource = 0;
  let nextTarget = 0;
  for (const pair of alignment.pairs) {
    if (pair.source.length + pair.target.length === 0) return false;
    for (const index of pair.source) if (index !== nextSource++) return false;
    for (const index of pair.target) if (index !== nextTarget++) return false;
  }
  return nextSource === sourceCount && nextTarget === targetCount;
}

function checkPair(alignment: Alignment, index: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= alignment.pairs.length) {
    throw new RangeError(`${what}: there is no pair ${index} (the alignment has ${alignment.pairs.length}).`);
  }
}

function withPairs(alignment: Alignment, start: number, deleteCount: number, ...pairs: AlignmentPair[]): Alignment {
  const next = alignment.pairs.slice();
  next.splice(start, deleteCount, ...pairs.filter((pair) => pair.source.length + pair.target.length > 0));
  return { method: alignment.method, pairs: next };
}

/** Merges pair `index` with the pair after it. */
export function mergePairs(alignment: Alignment, index: number): Alignment {
  checkPair(alignment, index, 'merge');
  checkPair(alignment, index + 1, 'merge');
  const first = alignment.pairs[index]!;
  const second = alignment.pairs[index + 1]!;
  return withPairs(alignment, index, 2, { source: [...first.source, ...second.source], target: [...first.target, ...second.target] });
}

/**
 * Splits pair `index` into pieces by order: the k-th source unit with the k-th target unit, the
 * units left over on the longer side alone (2-1 → 1-1 + 1-0, 2-2 → 1-1 + 1-1). A 1-1 pair splits
 * into its source alone and its target alone. A pair of one unit is returned as it is.
 */
export function splitPair(alignment: Alignment, index: number): Alignment {
  checkPair(alignment, index, 'split');
  const { source, target } = alignment.pairs[index]!;
  if (source.length + target.length <= 1) return alignment;
  if (source.length === 1 && target.length === 1) return withPairs(alignment, index, 1, { source, target: [] }, { source: [], target });
  const pieces = range(0, Math.max(source.length, target.length)).map((k) => ({ source: source.slice(k, k + 1), target: target.slice(k, k + 1) }));
  return withPairs(alignment, index, 1, ...pieces);
}

/**
 * Moves one unit of `side` from pair `index` into the neighbouring pair: to 'next', its last
 * unit becomes the first of the pair after; to 'previous', its first unit becomes the last of the
 * pair before. Only an end unit can move, so the order is kept. A pair left with no unit is
 * removed; a pair with no unit on that side is returned as it is.
 */
export function moveUnit(alignment: Alignment, index: number, side: AlignmentSide, to: 'previous' | 'next'): Alignment {
  checkPair(alignment, index, 'move');
  const neighbour = to === 'next' ? index + 1 : index - 1;
  checkPair(alignment, neighbour, 'move');
  const from = alignment.pairs[index]!;
  const units = from[side];
  if (units.length === 0) return alignment;
  const into = alignment.pairs[neighbour]!;
  const moved = to === 'next' ? units[units.length - 1]! : units[0]!;
  const left = { ...from, [side]: to === 'next' ? units.slice(0, -1) : units.slice(1) };
  const grown = { ...into, [side]: to === 'next' ? [moved, ...into[side]] : [...into[side], moved] };
  return to === 'next' ? withPairs(alignment, index, 2, left, grown) : withPairs(alignment, neighbour, 2, grown, left);
}

/** The text's paragraphs: its non-blank lines, trimmed (a blank line between paragraphs changes nothing). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\u0085\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The text's sentences, by the Unicode sentence rules (UAX #29, Intl.Segmenter), each paragraph
 * on its own: no sentence runs across a line break, and the segmenter never sees one long text
 * (ADR 0015). V8's segmenter knows no abbreviations, so "Dr. Smith" is two sentences; the
 * translator merges them back.
 */
export function splitSentences(text: string, locale: string): string[] {
  const segmenter = cachedSegmenter(locale, 'sentence');
  return splitParagraphs(text).flatMap((paragraph) =>
    Array.from(segmenter.segment(paragraph), ({ segment }) => segment.trim()).filter((sentence) => sentence !== ''),
  );
}

/**
 * The units of a pasted source for a target of `targetCount` paragraphs: its paragraphs, or its
 * sentences only when they come nearer that count (a source pasted as one block of text).
 */
export function splitSource(text: string, locale: string, targetCount: number): string[] {
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length >= targetCount) return paragraphs;
  const sentences = splitSentences(text, locale);
  return Math.abs(sentences.length - targetCount) < targetCount - paragraphs.length ? sentences : paragraphs;
}
