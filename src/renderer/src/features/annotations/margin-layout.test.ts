import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CARD_GAP, layoutCards, visibleCards } from './margin-layout';
import type { CardBox } from './margin-layout';

function card(id: string, anchorTop: number, height: number): CardBox {
  return { id, anchorTop, height };
}

function tops(layout: Map<string, number>): Record<string, number> {
  return Object.fromEntries(layout);
}

function byAnchor(items: readonly CardBox[]): CardBox[] {
  return [...items].sort((a, b) => a.anchorTop - b.anchorTop || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe('layoutCards', () => {
  it('leaves cards that do not overlap at their anchors', () => {
    const layout = layoutCards([card('a', 0, 50), card('b', 100, 50), card('c', 300, 80)], { gap: 10 });
    expect(tops(layout)).toEqual({ a: 0, b: 100, c: 300 });
  });

  it('pushes a chain of overlapping cards down, each just below the one above', () => {
    const layout = layoutCards([card('a', 0, 100), card('b', 20, 100), card('c', 40, 100), card('d', 300, 50), card('e', 600, 50)], { gap: 10 });
    expect(tops(layout)).toEqual({ a: 0, b: 110, c: 220, d: 330, e: 600 });
  });

  it('uses the default gap when none is given', () => {
    expect(tops(layoutCards([card('a', 0, 100), card('b', 0, 100)]))).toEqual({ a: 0, b: 100 + DEFAULT_CARD_GAP });
  });

  it('puts the active card at its anchor, pulls the cards above up just enough and pushes the ones below', () => {
    const items = [card('a', 0, 40), card('b', 200, 80), card('c', 230, 60), card('d', 240, 40)];
    expect(tops(layoutCards(items, { gap: 10 }))).toEqual({ a: 0, b: 200, c: 290, d: 360 });

    expect(tops(layoutCards(items, { gap: 10, activeId: 'c' }))).toEqual({ a: 0, b: 140, c: 230, d: 300 });
  });

  it('pulls several cards above up as a block, leaving alone those that do not collide', () => {
    const items = [card('a', 0, 30), card('b', 100, 40), card('c', 130, 40), card('d', 160, 40)];
    expect(tops(layoutCards(items, { gap: 10, activeId: 'd' }))).toEqual({ a: 0, b: 60, c: 110, d: 160 });
  });

  it('near the top, stacks the cards above from 0 and lets the active card go just below them', () => {
    const items = [card('a', 0, 100), card('b', 30, 100), card('c', 50, 100)];
    expect(tops(layoutCards(items, { gap: 10, activeId: 'c' }))).toEqual({ a: 0, b: 110, c: 220 });
    // The first card is always free to sit at its anchor.
    expect(tops(layoutCards(items, { gap: 10, activeId: 'a' }))).toEqual({ a: 0, b: 110, c: 220 });
  });

  it('orders equal anchors by id whatever the input order, active or not', () => {
    const items = [card('c', 100, 20), card('a', 100, 20), card('b', 100, 20)];
    expect([...layoutCards(items, { gap: 0 })]).toEqual([
      ['a', 100],
      ['b', 120],
      ['c', 140],
    ]);
    expect(tops(layoutCards(items, { gap: 0, activeId: 'b' }))).toEqual({ a: 80, b: 100, c: 120 });
  });

  it('ignores an active id that is not among the cards', () => {
    const items = [card('a', 0, 100), card('b', 50, 100)];
    expect(layoutCards(items, { activeId: 'gone' })).toEqual(layoutCards(items, { activeId: null }));
  });

  it('treats anchors above the column as 0 and unmeasured or negative heights as 0', () => {
    expect(tops(layoutCards([card('a', -40, 20), card('b', 5, -10), card('c', 5, 0)], { gap: 2 }))).toEqual({ a: 0, b: 22, c: 24 });
  });

  it('returns an empty layout for no cards', () => {
    expect(layoutCards([], { activeId: 'a' }).size).toBe(0);
  });
});

const cardsArbitrary = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), anchorTop: fc.integer({ min: 0, max: 5000 }), height: fc.integer({ min: 0, max: 400 }) }),
  { selector: (item) => item.id, maxLength: 60 },
);
const gapArbitrary = fc.integer({ min: 0, max: 24 });
const activeCase = cardsArbitrary
  .filter((items) => items.length > 0)
  .chain((items) => fc.record({ items: fc.constant(items), activeId: fc.constantFrom(...items.map((item) => item.id)), gap: gapArbitrary }));

describe('layoutCards properties', () => {
  it('never lets two cards overlap and keeps the order of their anchors', () => {
    fc.assert(
      fc.property(cardsArbitrary, gapArbitrary, fc.option(fc.nat()), (items, gap, pick) => {
        const activeId = pick === null || items.length === 0 ? null : items[pick % items.length]?.id;
        const layout = layoutCards(items, { gap, activeId });
        const ordered = byAnchor(items);
        expect([...layout.keys()]).toEqual(ordered.map((item) => item.id));
        ordered.forEach((item, index) => {
          const next = ordered[index + 1];
          expect(layout.get(item.id)).toBeGreaterThanOrEqual(0);
          if (next) expect(layout.get(next.id)).toBeGreaterThanOrEqual((layout.get(item.id) ?? 0) + item.height + gap);
        });
      }),
    );
  });

  it('without an active card, puts each card at its anchor or right below the card above', () => {
    fc.assert(
      fc.property(cardsArbitrary, gapArbitrary, (items, gap) => {
        const layout = layoutCards(items, { gap });
        const ordered = byAnchor(items);
        ordered.forEach((item, index) => {
          const top = layout.get(item.id) ?? Number.NaN;
          expect(top).toBeGreaterThanOrEqual(item.anchorTop);
          const above = ordered[index - 1];
          const touching = above !== undefined && top === (layout.get(above.id) ?? 0) + above.height + gap;
          expect(top === item.anchorTop || touching).toBe(true);
        });
      }),
    );
  });

  it('puts the active card exactly at its anchor whenever the cards above fit between 0 and it', () => {
    fc.assert(
      fc.property(activeCase, ({ items, activeId, gap }) => {
        const layout = layoutCards(items, { gap, activeId });
        const ordered = byAnchor(items);
        const position = ordered.findIndex((item) => item.id === activeId);
        const active = ordered[position];
        if (!active) throw new Error('the active card is among the items');
        const room = ordered.slice(0, position).reduce((sum, item) => sum + item.height + gap, 0);
        expect(layout.get(activeId)).toBe(Math.max(active.anchorTop, room));
        if (room <= active.anchorTop) expect(layout.get(activeId)).toBe(active.anchorTop);
      }),
    );
  });

  it('with an active card, only pulls the cards above up and keeps the cards below at or under their anchors', () => {
    fc.assert(
      fc.property(activeCase, ({ items, activeId, gap }) => {
        const layout = layoutCards(items, { gap, activeId });
        const resting = layoutCards(items, { gap });
        const ordered = byAnchor(items);
        const position = ordered.findIndex((item) => item.id === activeId);
        ordered.forEach((item, index) => {
          const top = layout.get(item.id) ?? Number.NaN;
          if (index < position) expect(top).toBeLessThanOrEqual(resting.get(item.id) ?? Number.NaN);
          if (index > position) expect(top).toBeGreaterThanOrEqual(item.anchorTop);
        });
      }),
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        activeCase.chain((input) => fc.record({ input: fc.constant(input), shuffled: fc.shuffledSubarray(input.items, { minLength: input.items.length }) })),
        ({ input: { items, activeId, gap }, shuffled }) => {
          expect([...layoutCards(shuffled, { gap, activeId })]).toEqual([...layoutCards(items, { gap, activeId })]);
        },
      ),
    );
  });
});

describe('visibleCards', () => {
  const items = [card('a', 0, 100), card('b', 150, 100), card('c', 400, 100), card('d', 1000, 100)];
  const heights = new Map(items.map((item) => [item.id, item.height]));
  const layout = layoutCards(items, { gap: 10 });

  it('returns the cards that intersect the viewport, top to bottom', () => {
    expect(visibleCards(layout, heights, 120, 420)).toEqual(['b', 'c']);
    expect(visibleCards(layout, heights, 520, 900)).toEqual([]);
  });

  it('widens the viewport by the overscan on both sides', () => {
    expect(visibleCards(layout, heights, 520, 900, 110)).toEqual(['c', 'd']);
  });

  it('counts a card that touches the edge as visible', () => {
    expect(visibleCards(layout, heights, 250, 400)).toEqual(['b', 'c']);
  });

  it('handles an empty layout and cards without a known height', () => {
    expect(visibleCards(new Map(), heights, 0, 100)).toEqual([]);
    expect(visibleCards(layout, new Map(), 0, 150)).toEqual(['a', 'b']);
  });

  it('re-indexes when the heights change for the same layout', () => {
    expect(visibleCards(layout, heights, 600, 700)).toEqual([]);
    expect(visibleCards(layout, new Map([...heights, ['c', 250]]), 600, 700)).toEqual(['c']);
  });

  it('agrees with checking every card, for laid-out cards and for any overlapping, unsorted tops', () => {
    const range = fc.tuple(fc.integer({ min: -200, max: 6000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 300 }));
    const bruteForce = (tops: Map<string, number>, sizes: Map<string, number>, from: number, to: number) =>
      [...tops]
        .filter(([id, top]) => top <= to && top + (sizes.get(id) ?? 0) >= from)
        .sort((a, b) => a[1] - b[1])
        .map(([id]) => id);
    fc.assert(
      fc.property(cardsArbitrary, gapArbitrary, range, (cards, gap, [top, span, overscan]) => {
        const sizes = new Map(cards.map((item) => [item.id, item.height]));
        const laidOut = layoutCards(cards, { gap });
        expect(visibleCards(laidOut, sizes, top, top + span, overscan)).toEqual(bruteForce(laidOut, sizes, top - overscan, top + span + overscan));
        const raw = new Map(cards.map((item) => [item.id, item.anchorTop]));
        expect(new Set(visibleCards(raw, sizes, top, top + span, overscan))).toEqual(new Set(bruteForce(raw, sizes, top - overscan, top + span + overscan)));
      }),
    );
  });
});
