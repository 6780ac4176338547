/**
 * Where each note card goes in the margin, word-processor style (docs/adr/0005-margin-layout.md).
 * Pure arithmetic on numbers the card column measured: no DOM, so it is cheap to run on every
 * scroll, resize or edit and easy to test.
 */

export interface CardBox {
  id: string;
  /** Top of the card's first mark, in the margin column's coordinates (0 = top of the column). */
  anchorTop: number;
  /** The card's measured height; 0 before it has been measured. */
  height: number;
}

interface LayoutOptions {
  /** The card the translator is working on: it sits exactly at its anchor when it can. */
  activeId?: string | null;
  /** Space between two cards. */
  gap?: number;
}

export const DEFAULT_CARD_GAP = 8;

/**
 * The top of every card, keyed by id, in layout order (which is also top-to-bottom order).
 *
 * Cards keep the order of their anchors (ties broken by id, so equal anchors do not swap
 * between renders). Without an active card, each card sits at its anchor or just below the
 * card above it. With one, the active card sits at its anchor, the cards below are pushed
 * down, and the cards above are pulled up just enough to clear it, never above 0. When they
 * cannot all fit between 0 and the active card's anchor, they are stacked from 0 and the
 * active card goes down just below them: cards never overlap. O(n log n) for the sort, O(n)
 * for the rest.
 */
export function layoutCards(items: readonly CardBox[], options: LayoutOptions = {}): Map<string, number> {
  const gap = Math.max(0, options.gap ?? DEFAULT_CARD_GAP);
  const cards = items.map((item) => ({ id: item.id, anchor: Math.max(0, item.anchorTop), height: Math.max(0, item.height) }));
  cards.sort((a, b) => a.anchor - b.anchor || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tops = new Float64Array(cards.length);
  const active = options.activeId == null ? -1 : cards.findIndex((card) => card.id === options.activeId);

  // Every card at its anchor or just below the one above: the layout without an active card,
  // and, for the cards above the active one, the places they are pulled up from.
  let bottom = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < cards.length; index += 1) {
    const card = cards[index];
    tops[index] = Math.max(card.anchor, bottom + gap);
    bottom = tops[index] + card.height;
  }

  if (active >= 0) {
    // The least room the cards above need when stacked from 0: the active card cannot go higher.
    let stacked = 0;
    for (let index = 0; index < active; index += 1) stacked += cards[index].height + gap;
    tops[active] = Math.max(cards[active].anchor, stacked);
    for (let index = active - 1; index >= 0; index -= 1) {
      tops[index] = Math.min(tops[index], tops[index + 1] - gap - cards[index].height);
    }
    bottom = tops[active] + cards[active].height;
    for (let index = active + 1; index < cards.length; index += 1) {
      tops[index] = Math.max(cards[index].anchor, bottom + gap);
      bottom = tops[index] + cards[index].height;
    }
  }

  const layout = new Map<string, number>();
  cards.forEach((card, index) => layout.set(card.id, tops[index]));
  return layout;
}

interface VisibilityIndex {
  heights: ReadonlyMap<string, number>;
  ids: string[];
  tops: Float64Array;
  /** reach[i]: the furthest bottom among cards 0..i. Never decreases, so it can be binary-searched. */
  reach: Float64Array;
}

// Built once per layout: scrolling calls visibleCards many times with the same layout.
const indexes = new WeakMap<ReadonlyMap<string, number>, VisibilityIndex>();

/**
 * The ids of the cards that intersect [viewportTop - overscan, viewportBottom + overscan], top
 * to bottom: the ones worth mounting. `layout` is treated as immutable (layoutCards returns a
 * new Map each time); the first call for a layout indexes it, later ones take O(log n + k).
 * A card without a height counts as 0 tall.
 */
export function visibleCards(
  layout: ReadonlyMap<string, number>,
  heights: ReadonlyMap<string, number>,
  viewportTop: number,
  viewportBottom: number,
  overscan = 0,
): string[] {
  const index = indexFor(layout, heights);
  const from = viewportTop - overscan;
  const to = viewportBottom + overscan;
  const { ids, tops, reach } = index;
  // The first card whose bottom, or that of any card above it, reaches the range.
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reach[middle] < from) low = middle + 1;
    else high = middle;
  }
  const visible: string[] = [];
  for (let position = low; position < ids.length && tops[position] <= to; position += 1) {
    const id = ids[position];
    if (tops[position] + (heights.get(id) ?? 0) >= from) visible.push(id);
  }
  return visible;
}

function indexFor(layout: ReadonlyMap<string, number>, heights: ReadonlyMap<string, number>): VisibilityIndex {
  const cached = indexes.get(layout);
  if (cached && cached.heights === heights) return cached;
  const entries = [...layout];
  // layoutCards already returns cards top to bottom; sort only a layout that came from elsewhere.
  if (entries.some((entry, position) => position > 0 && entry[1] < entries[position - 1][1])) {
    entries.sort((a, b) => a[1] - b[1]);
  }
  const ids = entries.map(([id]) => id);
  const tops = Float64Array.from(entries, ([, top]) => top);
  const reach = new Float64Array(entries.length);
  let highest = Number.NEGATIVE_INFINITY;
  entries.forEach(([id, top], position) => {
    highest = Math.max(highest, top + (heights.get(id) ?? 0));
    reach[position] = highest;
  });
  const built: VisibilityIndex = { heights, ids, tops, reach };
  indexes.set(layout, built);
  return built;
}
