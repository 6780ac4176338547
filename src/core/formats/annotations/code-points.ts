/**
 * Converts offsets between JavaScript's UTF-16 code units, which Glossa's selectors and editor
 * use, and Unicode code points, which the W3C Web Annotation model requires for a
 * TextPositionSelector ("in terms of unicode code points, not in terms of code units"). They
 * differ only after a character outside the Basic Multilingual Plane (emoji, rare CJK), so the
 * conversion keeps just the places of those characters and answers each offset by binary search.
 */
export interface CodePointIndex {
  /** The code point offset of a UTF-16 offset. An offset inside a surrogate pair counts the pair's first half as a character. */
  toCodePoint(codeUnitOffset: number): number;
  /** The UTF-16 offset of a code point offset. */
  toCodeUnit(codePointOffset: number): number;
}

export function codePointIndex(text: string): CodePointIndex {
  // Code unit offsets of the high surrogates of well-formed pairs, in increasing order.
  const pairs: number[] = [];
  for (let offset = 0; offset < text.length - 1; offset += 1) {
    const unit = text.charCodeAt(offset);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(offset + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs.push(offset);
        offset += 1;
      }
    }
  }
  // The code point offset of each pair: one code point fewer than units for every pair before it.
  const pairCodePoints = pairs.map((offset, count) => offset - count);
  return {
    toCodePoint: (codeUnitOffset) => codeUnitOffset - countBelow(pairs, codeUnitOffset - 1),
    toCodeUnit: (codePointOffset) => codePointOffset + countBelow(pairCodePoints, codePointOffset),
  };
}

/** How many of the sorted values are less than `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
