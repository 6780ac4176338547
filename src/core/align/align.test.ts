import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignmentLength,
  alignUnits,
  isAlignmentOf,
  mergePairs,
  moveUnit,
  splitPair,
  splitParagraphs,
  splitSentences,
  splitSource,
  type Alignment,
  type AlignmentPair,
} from './align';

const CORPUS = resolve(__dirname, '../../../../shared/corpus/wmt21-zh-en');
const lines = (name: string) => readFileSync(resolve(CORPUS, name), 'utf8').split('\n').slice(0, -1);

const pair = (source: number[], target: number[]): AlignmentPair => ({ source, target });
const oneToOne = (count: number): Alignment => ({ method: 'by-order', pairs: Array.from({ length: count }, (_, i) => pair([i], [i])) });
const kind = (p: AlignmentPair) => `${p.source.length}-${p.target.length}`;

/** The invariant, checked without isAlignmentOf: every index once, in increasing order, no empty pair. */
function expectCovers(alignment: Alignment, sourceCount: number, targetCount: number) {
  expect(alignment.pairs.flatMap((p) => p.source)).toEqual(Array.from({ length: sourceCount }, (_, i) => i));
  expect(alignment.pairs.flatMap((p) => p.target)).toEqual(Array.from({ length: targetCount }, (_, i) => i));
  expect(alignment.pairs.every((p) => p.source.length + p.target.length > 0)).toBe(true);
}

function deepFreeze(alignment: Alignment): Alignment {
  for (const p of alignment.pairs) {
    Object.freeze(p.source);
    Object.freeze(p.target);
    Object.freeze(p);
  }
  return Object.freeze({ ...alignment, pairs: Object.freeze(alignment.pairs.slice()) });
}

// Units of mixed scripts and lengths, empty ones included.
const unit = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom('今天', '我们', '。', 'the', 'system ', 'ok. ', '😀', ' '), { maxLength: 15 }).map((parts) => parts.join('')),
);
const units = fc.array(unit, { maxLength: 25 });

describe('alignUnits', () => {
  it('pairs by order when the counts match, whatever the lengths', () => {
    expect(alignUnits(['a', 'a much longer source unit'], ['a much longer target paragraph', 'b'])).toEqual({
      method: 'by-order',
      pairs: [pair([0], [0]), pair([1], [1])],
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }).chain((count) => fc.tuple(fc.array(unit, { minLength: count, maxLength: count }), fc.array(unit, { minLength: count, maxLength: count }))), ([sources, targets]) => {
        expect(alignUnits(sources, targets)).toEqual(oneToOne(sources.length));
      }),
    );
  });

  it('aligns nothing with nothing, and one empty side as units alone', () => {
    expect(alignUnits([], [])).toEqual({ method: 'by-order', pairs: [] });
    expect(alignUnits([], ['One.', 'Two.'])).toEqual({ method: 'length-based', pairs: [pair([], [0]), pair([], [1])] });
    expect(alignUnits(['一。'], [])).toEqual({ method: 'length-based', pairs: [pair([0], [])] });
    // Units with no characters at all: no ratio to estimate, still a complete alignment.
    expectCovers(alignUnits(['', ' ', ''], ['\t', '']), 3, 2);
  });

  it('finds a 2-1 where two source sentences became one target paragraph', () => {
    const sources = ['Guten Morgen.', 'Wie geht es Ihnen heute?', 'Mir geht es gut, danke der Nachfrage.'];
    const targets = ['Good morning. How are you today?', "I'm fine, thanks for asking."];
    expect(alignUnits(sources, targets)).toEqual({ method: 'length-based', pairs: [pair([0, 1], [0]), pair([2], [1])] });
  });

  it('finds a 1-2 between Chinese and English, lengths in code points without spaces', () => {
    const sources = ['新华社北京12月3日电，国务院总理今天主持召开常务会议，部署进一步稳定就业的措施。', '会议指出，要加大对中小企业的支持力度。', '与会者一致认为，必须继续推进农村改革。'];
    const premier = 'Beijing, December 3 (Xinhua) -- The Premier of the State Council chaired an executive meeting today.';
    const measures = 'It laid out measures to further stabilise employment.';
    const support = 'The meeting pointed out that support for small and medium-sized enterprises should be increased.';
    const reform = 'Participants agreed that rural reform must continue.';
    expect(alignUnits(sources, [premier, measures, support, reform]).pairs).toEqual([pair([0], [0, 1]), pair([1], [2]), pair([2], [3])]);
    // A dropped unit goes into a 2-1 with its neighbour: a 2-1 is nine times likelier a priori than a
    // 1-0 (Gale and Church found the same). Splitting that pair is the translator's fix.
    const dropped = alignUnits(sources, [premier + ' ' + measures, reform]);
    expect(dropped.pairs).toEqual([pair([0, 1], [0]), pair([2], [1])]);
    expect(splitPair(dropped, 0).pairs).toEqual([pair([0], [0]), pair([1], []), pair([2], [1])]);
    expect(alignmentLength('A b\u3000c\u200bd')).toBe(4);
    expect(alignmentLength('𠀀𠀁 x')).toBe(3);
  });

  it('covers every unit once, in order, with only the six kinds of pair, and the same answer every time', () => {
    fc.assert(
      fc.property(units, units, (sources, targets) => {
        const alignment = alignUnits(sources, targets);
        expectCovers(alignment, sources.length, targets.length);
        expect(isAlignmentOf(alignment, sources.length, targets.length)).toBe(true);
        expect(alignment.method).toBe(sources.length === targets.length ? 'by-order' : 'length-based');
        for (const p of alignment.pairs) expect(['1-1', '1-0', '0-1', '2-1', '1-2', '2-2']).toContain(kind(p));
        expect(alignUnits([...sources], [...targets])).toEqual(alignment);
      }),
      { numRuns: 300 },
    );
  });

  it('stays complete in the band of a long document whose counts differ a lot', () => {
    const sources = Array.from({ length: 700 }, (_, i) => 'x'.repeat(1 + ((i * 37) % 90)));
    const targets = Array.from({ length: 400 }, (_, i) => 'y'.repeat(1 + ((i * 53) % 120)));
    expectCovers(alignUnits(sources, targets), 700, 400);
  });
});

/**
 * WMT21 zh→en: line i of the source and of each MT is one sentence pair. The target drops one
 * line (a 1-0) and joins a line with the next every 23 lines (2-1s); a true pair counts as
 * recovered when the alignment has exactly that pair.
 */
function recovery(sources: readonly string[], translations: readonly string[], joiner: string): number {
  const drop = Math.floor(sources.length / 2) + 1;
  const targets: string[] = [];
  const truth: string[] = [];
  for (let i = 0; i < sources.length; i += 1) {
    if (i === drop) {
      truth.push(`${i}|`);
    } else if (i % 23 === 10 && i + 1 < sources.length) {
      truth.push(`${i},${i + 1}|${targets.length}`);
      targets.push(translations[i] + joiner + translations[i + 1]);
      i += 1;
    } else {
      truth.push(`${i}|${targets.length}`);
      targets.push(translations[i]!);
    }
  }
  const alignment = alignUnits(sources, targets);
  expect(alignment.method).toBe('length-based');
  expectCovers(alignment, sources.length, targets.length);
  const found = new Set(alignment.pairs.map((p) => `${p.source.join(',')}|${p.target.join(',')}`));
  return truth.filter((t) => found.has(t)).length / truth.length;
}

describe('length-based alignment on real text (WMT21 zh→en)', () => {
  const chinese = lines('newstest2021.zh-en.src.zh');
  const systems = ['Facebook-AI', 'NiuTrans', 'Online-W'].map((system) => lines(`newstest2021.zh-en.hyp.${system}.en`));

  it('recovers the true pairs of 200 lines with nine 2-1s and a 1-0 (measured 189 of 191 for each system: the dropped line and its neighbour come as one 2-1)', () => {
    for (const english of systems) expect(recovery(chinese.slice(0, 200), english.slice(0, 200), ' ')).toBeGreaterThanOrEqual(0.98);
  });

  it('recovers the true pairs of all 1,948 lines (measured 99.0, 99.9 and 98.7 %)', () => {
    for (const english of systems) expect(recovery(chinese, english, ' ')).toBeGreaterThanOrEqual(0.98);
  });

  it('works the other way round, an English source for a Chinese target (measured 184, 186 and 186 of 191)', () => {
    for (const english of systems) expect(recovery(english.slice(0, 200), chinese.slice(0, 200), '')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('isAlignmentOf', () => {
  it('accepts a complete alignment and rejects a gap, a repeat, a wrong order, an empty pair or other counts', () => {
    const ok: Alignment = { method: 'length-based', pairs: [pair([0, 1], [0]), pair([2], []), pair([], [1])] };
    expect(isAlignmentOf(ok, 3, 2)).toBe(true);
    expect(isAlignmentOf(ok, 4, 2)).toBe(false);
    expect(isAlignmentOf(ok, 3, 1)).toBe(false);
    expect(isAlignmentOf({ method: 'by-order', pairs: [] }, 0, 0)).toBe(true);
    expect(isAlignmentOf({ method: 'length-based', pairs: [pair([0, 2], [0])] }, 3, 1)).toBe(false);
    expect(isAlignmentOf({ method: 'length-based', pairs: [pair([0], [0]), pair([0], [1])] }, 1, 2)).toBe(false);
    expect(isAlignmentOf({ method: 'length-based', pairs: [pair([1], [0]), pair([0], [1])] }, 2, 2)).toBe(false);
    expect(isAlignmentOf({ method: 'length-based', pairs: [pair([0], [0]), pair([], [])] }, 1, 1)).toBe(false);
  });
});

describe('editing an alignment', () => {
  const twoOne: Alignment = { method: 'length-based', pairs: [pair([0, 1], [0]), pair([2], [1])] };

  it('merges a pair with the next one', () => {
    expect(mergePairs(twoOne, 0)).toEqual({ method: 'length-based', pairs: [pair([0, 1, 2], [0, 1])] });
    expect(mergePairs({ method: 'length-based', pairs: [pair([0], []), pair([], [0])] }, 0).pairs).toEqual([pair([0], [0])]);
    expect(() => mergePairs(twoOne, 1)).toThrow(RangeError);
    expect(() => mergePairs(twoOne, -1)).toThrow(RangeError);
  });

  it('splits a pair by order, the leftover unit alone; a 1-1 into its two sides; a single unit not at all', () => {
    expect(splitPair(twoOne, 0).pairs).toEqual([pair([0], [0]), pair([1], []), pair([2], [1])]);
    expect(splitPair({ method: 'length-based', pairs: [pair([0], [0, 1])] }, 0).pairs).toEqual([pair([0], [0]), pair([], [1])]);
    expect(splitPair({ method: 'length-based', pairs: [pair([0, 1], [0, 1])] }, 0).pairs).toEqual([pair([0], [0]), pair([1], [1])]);
    expect(splitPair(twoOne, 1).pairs).toEqual([pair([0, 1], [0]), pair([2], []), pair([], [1])]);
    const single: Alignment = { method: 'length-based', pairs: [pair([0], [])] };
    expect(splitPair(single, 0)).toBe(single);
    expect(() => splitPair(twoOne, 2)).toThrow(RangeError);
  });

  it('moves an end unit into the neighbouring pair, dropping a pair left empty', () => {
    expect(moveUnit(twoOne, 0, 'source', 'next').pairs).toEqual([pair([0], [0]), pair([1, 2], [1])]);
    expect(moveUnit(twoOne, 1, 'source', 'previous').pairs).toEqual([pair([0, 1, 2], [0]), pair([], [1])]);
    expect(moveUnit(twoOne, 1, 'target', 'previous').pairs).toEqual([pair([0, 1], [0, 1]), pair([2], [])]);
    const loose: Alignment = { method: 'length-based', pairs: [pair([0], [0]), pair([1], [])] };
    expect(moveUnit(loose, 1, 'source', 'previous').pairs).toEqual([pair([0, 1], [0])]);
    expect(moveUnit(loose, 1, 'target', 'previous')).toBe(loose);
    expect(() => moveUnit(loose, 0, 'source', 'previous')).toThrow(RangeError);
    expect(() => moveUnit(loose, 1, 'source', 'next')).toThrow(RangeError);
  });

  const edit = fc.oneof(
    fc.record({ kind: fc.constant('merge' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('move' as const), at: fc.nat(), side: fc.constantFrom('source' as const, 'target' as const), to: fc.constantFrom('previous' as const, 'next' as const) }),
  );

  it('keeps every unit in exactly one pair, in order, through any sequence of edits, and never changes its input', () => {
    fc.assert(
      fc.property(units, units, fc.array(edit, { maxLength: 20 }), (sources, targets, edits) => {
        let alignment = deepFreeze(alignUnits(sources, targets));
        const method = alignment.method;
        for (const step of edits) {
          const count = alignment.pairs.length;
          if (step.kind === 'merge' && count >= 2) alignment = mergePairs(alignment, step.at % (count - 1));
          if (step.kind === 'split' && count >= 1) alignment = splitPair(alignment, step.at % count);
          if (step.kind === 'move' && count >= 2) {
            const at = step.at % count;
            const to = at === 0 ? 'next' : at === count - 1 ? 'previous' : step.to;
            alignment = moveUnit(alignment, at, step.side, to);
          }
          expectCovers(alignment, sources.length, targets.length);
          alignment = deepFreeze(alignment);
        }
        expect(alignment.method).toBe(method);
      }),
      { numRuns: 300 },
    );
  });

  it('undoes a merge of 1-1 pairs by a split, and a move by the move back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.nat(), (count, at) => {
        const alignment = oneToOne(count);
        const index = at % (count - 1);
        expect(splitPair(mergePairs(alignment, index), index)).toEqual(alignment);
      }),
    );
    expect(moveUnit(moveUnit(twoOne, 0, 'source', 'next'), 1, 'source', 'previous')).toEqual(twoOne);
    expect(moveUnit(moveUnit(twoOne, 1, 'target', 'previous'), 0, 'target', 'next')).toEqual(twoOne);
  });
});

describe('cutting a pasted source into units', () => {
  it('takes the non-blank lines as paragraphs, trimmed, whatever the line breaks', () => {
    expect(splitParagraphs('First.\r\n\r\n  Second. \n\n\nThird\u2029Fourth\u3000')).toEqual(['First.', 'Second.', 'Third', 'Fourth']);
    expect(splitParagraphs(' \n\t\n')).toEqual([]);
  });

  it('cuts sentences at 。！？ and . ? !, keeps a closing quote with its sentence, and never across a line', () => {
    expect(splitSentences('今天下雨。我们在家。', 'zh')).toEqual(['今天下雨。', '我们在家。']);
    expect(splitSentences('他说：“好。”然后走了！真的吗？是的', 'zh')).toEqual(['他说：“好。”', '然后走了！', '真的吗？', '是的']);
    expect(splitSentences('It rains. We stay home?  Yes!', 'en')).toEqual(['It rains.', 'We stay home?', 'Yes!']);
    expect(splitSentences('No full stop\nNext line.\n\n', 'en')).toEqual(['No full stop', 'Next line.']);
    expect(splitSentences('', 'en')).toEqual([]);
  });

  it('keeps paragraphs, and cuts sentences only when they come nearer the number of target paragraphs', () => {
    const block = '乡村振兴，人才是关键。人才哪里找？返乡农民工是生力军。我们要支持他们。';
    expect(splitSource(block, 'zh', 4)).toEqual(['乡村振兴，人才是关键。', '人才哪里找？', '返乡农民工是生力军。', '我们要支持他们。']);
    expect(splitSource(block, 'zh', 1)).toEqual([block]);
    const lined = '第一段。还是第一段。\n\n第二段。';
    expect(splitSource(lined, 'zh', 2)).toEqual(['第一段。还是第一段。', '第二段。']);
    expect(splitSource(lined, 'zh', 3)).toEqual(['第一段。', '还是第一段。', '第二段。']);
    expect(splitSource('One. Two. Three. Four. Five.\nSix.', 'en', 3)).toEqual(['One. Two. Three. Four. Five.', 'Six.']);
  });
});
