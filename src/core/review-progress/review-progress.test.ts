import { describe, expect, it } from 'vitest';
import { percentReviewed, reviewProgressOf } from '.';

const paragraph = (text: string, reviewed = false) => ({
  type: 'paragraph',
  children: [{ type: 'text', text: text.slice(0, 4) }, { type: 'mark', children: [{ type: 'text', text: text.slice(4) }] }],
  ...(reviewed ? { $: { reviewed: true } } : {}),
});

describe('reviewProgressOf', () => {
  it('counts the words of the blocks marked reviewed in a stored editor state', () => {
    const state = JSON.stringify({
      root: { type: 'root', children: [paragraph('Governor Zheng Zhajie presided.', true), paragraph('The meeting noted that progress was made.'), paragraph('Zheng Shajie hosted.', true)] },
    });
    const progress = reviewProgressOf(state);
    expect(progress).toEqual({ reviewedBlocks: 2, totalBlocks: 3, reviewedWords: 7, totalWords: 14 });
    expect(percentReviewed(progress)).toBe(50);
  });

  it('joins a word split by a mark, and reads list items apart', () => {
    const state = JSON.stringify({
      root: {
        children: [
          { type: 'list', $: { reviewed: true }, children: [{ type: 'listitem', children: [{ type: 'text', text: 'one' }] }, { type: 'listitem', children: [{ type: 'text', text: 'two' }] }] },
          paragraph('Zhajie'),
        ],
      },
    });
    expect(reviewProgressOf(state)).toEqual({ reviewedBlocks: 1, totalBlocks: 2, reviewedWords: 2, totalWords: 3 });
  });

  it('is all zeros for a state it cannot read, and never says 100 % early', () => {
    expect(reviewProgressOf('not json')).toEqual({ reviewedBlocks: 0, totalBlocks: 0, reviewedWords: 0, totalWords: 0 });
    expect(percentReviewed({ reviewedBlocks: 0, totalBlocks: 0, reviewedWords: 0, totalWords: 0 })).toBe(0);
    expect(percentReviewed({ reviewedBlocks: 999, totalBlocks: 1000, reviewedWords: 1999, totalWords: 2000 })).toBe(99);
  });
});
