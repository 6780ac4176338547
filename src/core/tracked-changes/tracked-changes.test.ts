import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acceptInBaseline, applyEdits, rejectionEdits, trackedDiff } from './tracked-changes';

const MT = 'The provincial government held the 60th executive meeting.\n\nLi Bin stressed the superministerial plan system.';

function sides(parts: readonly { kind: string; text: string }[]) {
  return {
    baseline: parts.filter((part) => part.kind !== 'added').map((part) => part.text).join(''),
    current: parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join(''),
  };
}

describe('trackedDiff', () => {
  it('has no change when the article is as imported', () => {
    expect(trackedDiff(MT, MT).changes).toEqual([]);
  });

  it('finds a replaced word with its place in both texts', () => {
    const edited = MT.replace('superministerial plan system', 'super-ministry system');
    const { changes } = trackedDiff(MT, edited, 'en');
    expect(changes.map((change) => [change.removed.trim(), change.added.trim()])).toEqual([['superministerial plan', 'super-ministry']]);
    expect(trackedDiff(MT, MT.replace('the 60th', 'its 60th'), 'en').changes).toHaveLength(1);
    const [change] = changes;
    expect(MT.slice(change!.baselineStart, change!.baselineEnd)).toBe(change!.removed);
    expect(edited.slice(change!.start, change!.end)).toBe(change!.added);
    expect(change!.structural).toBe(false);
  });

  it('keeps changes in different paragraphs apart, and diffs only the changed paragraphs', () => {
    const edited = MT.replace('held', 'holds').replace('stressed', 'emphasised');
    const { changes } = trackedDiff(MT, edited, 'en');
    expect(changes.map((change) => `${change.removed}→${change.added}`)).toEqual(['held→holds', 'stressed→emphasised']);
  });

  it('a new paragraph, a deleted one, and a split are changes; a split is structural', () => {
    const added = `${MT}\n\nA new closing line.`;
    expect(trackedDiff(MT, added, 'en').changes.map((change) => change.added)).toEqual(['\n\nA new closing line.']);
    const deleted = MT.split('\n\n')[1]!;
    expect(trackedDiff(MT, deleted, 'en').changes.map((change) => change.removed).join('')).toContain('60th executive meeting');
    const split = MT.replace('meeting.\n\nLi Bin', 'meeting.\n\nLi\n\nBin');
    expect(trackedDiff(MT, split, 'en').changes.some((change) => change.structural)).toBe(true);
  });

  it('diffs Chinese by word', () => {
    const { changes } = trackedDiff('省政府召开常务会议', '省政府举行常务会议', 'zh');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.added.length).toBeLessThan(5);
  });

  it('property: the parts join to both texts; accepting all gives the article, rejecting all gives the baseline', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'word', ' ', '.', '\n\n', '\n', '省', 'x y'), { maxLength: 14 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, text, (baseline, current) => {
        const { parts, changes } = trackedDiff(baseline, current, 'en');
        expect(sides(parts)).toEqual({ baseline, current });
        expect(acceptInBaseline(baseline, changes)).toBe(current);
        expect(applyEdits(current, rejectionEdits(changes))).toBe(baseline);
      }),
      { numRuns: 400 },
    );
  });

  it('accepting or rejecting one change leaves the others', () => {
    const edited = MT.replace('held', 'holds').replace('stressed', 'emphasised');
    const { changes } = trackedDiff(MT, edited, 'en');
    const accepted = acceptInBaseline(MT, [changes[0]!]);
    expect(trackedDiff(accepted, edited, 'en').changes.map((change) => change.added)).toEqual(['emphasised']);
    const rejected = applyEdits(edited, rejectionEdits([changes[1]!]));
    expect(rejected).toBe(MT.replace('held', 'holds'));
  });

  it('diffs a 10,000-paragraph article with a few edits quickly', () => {
    const paragraphs = Array.from({ length: 10_000 }, (_, index) => `Paragraph ${index} says something about the plan system.`);
    const baseline = paragraphs.join('\n\n');
    const edited = [...paragraphs];
    edited[10] = 'Paragraph 10 says something else.';
    edited[9000] = 'Paragraph 9000 was rewritten by the reviewer.';
    const started = performance.now();
    const { changes } = trackedDiff(baseline, edited.join('\n\n'), 'en');
    expect(changes.length).toBeGreaterThanOrEqual(2);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
