/**
 * Edit distances used to check and rank anchoring candidates.
 *
 * approx-string-match finds candidates; these small dynamic programmes judge them. They are
 * ours because the library answers a different question (best substring anywhere, ~50 µs
 * per call even for 32 characters) and because its reported start can belong to a slightly
 * different substring than the one we return, so we re-measure what we hand back.
 */

/**
 * Levenshtein distance between `a` and `b`, or `max + 1` as soon as it is known to exceed
 * `max`. Only a band of width 2·max+1 is computed: O(a.length · max).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const limit = Math.max(0, Math.floor(max));
  const over = limit + 1;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return over;
  if (n === 0 || m === 0) return Math.max(n, m);

  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let j = 0; j <= m; j += 1) previous[j] = j <= limit ? j : over;

  for (let i = 1; i <= n; i += 1) {
    const low = Math.max(1, i - limit);
    const high = Math.min(m, i + limit);
    // The cell left of the band is either the first column or outside the band.
    current[low - 1] = low === 1 ? Math.min(i, over) : over;
    let rowMin = current[low - 1];
    const code = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j += 1) {
      const substitute = previous[j - 1] + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitute, previous[j] + 1, current[j - 1] + 1, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // The next row reads one cell past this row's band: make it count as "too far".
    if (high < m) current[high + 1] = over;
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[m], over);
}

/**
 * How far the text on one side of `boundary` is from the `expected` context, aligned at the
 * boundary: characters next to the quote must line up, the far end of the text window is
 * free (so an insertion near the quote costs its length, not twice its length as a plain
 * same-length window comparison would). Returns a value in 0..expected.length, or more than
 * `max` when it exceeds `max`.
 *
 * side 'before' compares `expected` with the text ending at `boundary` (a prefix);
 * side 'after' compares it with the text starting at `boundary` (a suffix).
 */
export function affixDistance(
  expected: string,
  text: string,
  boundary: number,
  side: 'before' | 'after',
  max = Number.POSITIVE_INFINITY,
): number {
  const length = expected.length;
  if (length === 0) return 0;
  // startsWith clamps a negative position to 0, hence the explicit bound on the 'before' side.
  const intact =
    side === 'before'
      ? boundary >= length && text.startsWith(expected, boundary - length)
      : text.startsWith(expected, boundary);
  if (intact) return 0;
  // Room for as many inserted characters as the context is long; beyond that it is gone anyway.
  const room = side === 'before' ? boundary : text.length - boundary;
  const width = Math.max(0, Math.min(room, 2 * length));
  const distance =
    length <= 32
      ? bitParallelDistance(compiled(expected, side), text, boundary, width)
      : tableDistance(expected, text, boundary, side, width);
  return distance > max ? Math.floor(max) + 1 : distance;
}

/**
 * Bit masks of where each character occurs in the expected context, counted outward from the
 * boundary. Each annotation measures its context against many occurrences, so the last
 * compiled context per side is kept.
 */
interface CompiledContext {
  expected: string;
  side: 'before' | 'after';
  ascii: Int32Array;
  other: Map<number, number>;
}

const lastCompiled: { before: CompiledContext | null; after: CompiledContext | null } = { before: null, after: null };

function compiled(expected: string, side: 'before' | 'after'): CompiledContext {
  const cached = lastCompiled[side];
  if (cached && cached.expected === expected) return cached;
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < expected.length; i += 1) {
    const code = side === 'before' ? expected.charCodeAt(expected.length - 1 - i) : expected.charCodeAt(i);
    if (code < 128) ascii[code] |= 1 << i;
    else other.set(code, (other.get(code) ?? 0) | (1 << i));
  }
  const result = { expected, side, ascii, other };
  lastCompiled[side] = result;
  return result;
}

/**
 * Myers' bit-vector edit distance (as formulated by Hyyrö), one 32-bit word for the whole
 * context: about 20 times faster than the table below, which matters when a common word
 * occurs thousands of times. Carrying +1 into the top row each column anchors the alignment
 * at the boundary; taking the minimum of the last row over all columns frees the far end.
 */
function bitParallelDistance(context: CompiledContext, text: string, boundary: number, width: number): number {
  const length = context.expected.length;
  const high = 1 << (length - 1);
  let positive = -1;
  let negative = 0;
  let score = length;
  let best = length;
  for (let j = 1; j <= width; j += 1) {
    const code = context.side === 'before' ? text.charCodeAt(boundary - j) : text.charCodeAt(boundary + j - 1);
    const equal = code < 128 ? context.ascii[code] : (context.other.get(code) ?? 0);
    const vertical = equal | negative;
    const horizontal = (((equal & positive) + positive) ^ positive) | equal;
    let up = negative | ~(horizontal | positive);
    let down = positive & horizontal;
    if (up & high) score += 1;
    else if (down & high) score -= 1;
    up = (up << 1) | 1;
    down <<= 1;
    positive = down | ~(vertical | up);
    negative = up & vertical;
    if (score < best) best = score;
  }
  return best;
}

/** The same measure as a plain table, for contexts longer than one machine word. */
function tableDistance(
  expected: string,
  text: string,
  boundary: number,
  side: 'before' | 'after',
  width: number,
): number {
  const length = expected.length;
  const expectedAt = (i: number): number =>
    side === 'before' ? expected.charCodeAt(length - i) : expected.charCodeAt(i - 1);
  const textAt = (j: number): number =>
    side === 'before' ? text.charCodeAt(boundary - j) : text.charCodeAt(boundary + j - 1);
  let previous = new Int32Array(width + 1);
  let current = new Int32Array(width + 1);
  for (let j = 0; j <= width; j += 1) previous[j] = j;
  for (let i = 1; i <= length; i += 1) {
    current[0] = i;
    const code = expectedAt(i);
    for (let j = 1; j <= width; j += 1) {
      current[j] = Math.min(previous[j - 1] + (code === textAt(j) ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  let best = length;
  for (let j = 0; j <= width; j += 1) if (previous[j] < best) best = previous[j];
  return best;
}
