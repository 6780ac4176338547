/**
 * Exact occurrences of a quote. Overlapping occurrences count ("aa" occurs twice in "aaa"):
 * an annotation may sit on either.
 */

/** Start offsets of every occurrence of `quote` lying wholly inside text[from, to), ascending. */
export function findOccurrences(text: string, quote: string, from = 0, to = text.length): number[] {
  const starts: number[] = [];
  if (quote.length === 0) return starts;
  const low = Math.max(0, from);
  const high = Math.min(text.length, to);
  if (high - low < quote.length) return starts;
  // Search a slice so a miss costs the window, not the rest of the document.
  const window = low === 0 && high === text.length ? text : text.slice(low, high);
  for (let at = window.indexOf(quote); at !== -1; at = window.indexOf(quote, at + 1)) {
    starts.push(low + at);
  }
  return starts;
}

/** The ascending `starts`, reordered nearest to `hint` first (ties: the earlier one first). */
export function nearestFirst(starts: readonly number[], hint: number | undefined): number[] {
  if (hint === undefined) return [...starts];
  let right = lowerBound(starts, hint);
  let left = right - 1;
  const ordered: number[] = [];
  while (left >= 0 || right < starts.length) {
    const takeLeft = right >= starts.length || (left >= 0 && hint - starts[left] <= starts[right] - hint);
    ordered.push(takeLeft ? starts[left--] : starts[right++]);
  }
  return ordered;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
