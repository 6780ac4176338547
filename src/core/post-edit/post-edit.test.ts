import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentWords } from '../text';
import { documentPostEditDistance, postEditDistance, wordDiff } from './post-edit';

const CORPUS = resolve(__dirname, '../../../../shared/corpus/wmt21-zh-en');
const lines = (name: string) => readFileSync(resolve(CORPUS, name), 'utf8').split('\n').slice(0, -1);

function sides(parts: ReturnType<typeof wordDiff>) {
  return {
    delivered: parts.filter((part) => part.kind !== 'added').map((part) => part.text).join(''),
    edited: parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join(''),
  };
}

const tokens = (text: string) => segmentWords(text).map((s) => text.slice(s.start, s.end)).filter((t) => t.trim() !== '');

describe('word-level edit distance (HTER without shifts)', () => {
  it('counts substitutions, insertions and deletions of words and punctuation per edited token', () => {
    expect(postEditDistance('The cat sat on the mat.', 'The cat sat on the mat.')).toEqual({ edits: 0, referenceTokens: 7, rate: 0 });
    // "the" → "a": one substitution over 7 tokens (The cat sat on a mat .).
    expect(postEditDistance('The cat sat on the mat.', 'The cat sat on a mat.')).toEqual({ edits: 1, referenceTokens: 7, rate: 1 / 7 });
    expect(postEditDistance('He went home.', 'He went back home.')).toEqual({ edits: 1, referenceTokens: 5, rate: 1 / 5 });
    expect(postEditDistance('He went back home!', 'He went home.')).toEqual({ edits: 2, referenceTokens: 4, rate: 2 / 4 });
    // A moved word is a deletion and an insertion here; TER would count one shift.
    expect(postEditDistance('Yesterday he left.', 'He left yesterday.').edits).toBe(3);
  });

  it('cuts Chinese into words, not characters or the whole run, and counts astral characters once', () => {
    expect(postEditDistance('我们今天开会', '我们明天开会')).toEqual({ edits: 1, referenceTokens: 3, rate: 1 / 3 });
    expect(postEditDistance('𠀀 test', '𠀁 test')).toMatchObject({ edits: 1, referenceTokens: 2 });
  });

  it('reports an emptied target as edits without a rate, and an empty segment as untouched', () => {
    expect(postEditDistance('Delete me', '')).toEqual({ edits: 2, referenceTokens: 0, rate: null });
    expect(postEditDistance('', '')).toEqual({ edits: 0, referenceTokens: 0, rate: 0 });
  });

  it('is zero for the same text, symmetric, and within the bounds a line diff sets', () => {
    const text = fc.array(fc.constantFrom('the', 'plan', 'system', ',', '.', '新', '计划', 'driving', 'nails', '😀'), { maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ab = postEditDistance(a, b).edits;
        expect(postEditDistance(a, a).edits).toBe(0);
        expect(postEditDistance(b, a).edits).toBe(ab);
        // Levenshtein lies between half the insertions plus deletions of an LCS diff and all of them.
        const changed = diffArrays(tokens(a), tokens(b))
          .filter((change) => change.added || change.removed)
          .reduce((sum, change) => sum + change.value.length, 0);
        expect(ab).toBeLessThanOrEqual(changed);
        expect(ab).toBeGreaterThanOrEqual(Math.ceil(changed / 2));
      }),
    );
  });

  it('sums a document as HTER reports a corpus: all edits over all reference tokens (WMT21 zh→en, two systems)', () => {
    const delivered = lines('newstest2021.zh-en.hyp.Facebook-AI.en');
    const edited = lines('newstest2021.zh-en.hyp.Online-W.en');
    const pairs = delivered.map((text, index) => ({ delivered: text, edited: edited[index]! }));
    const document = documentPostEditDistance(pairs);
    const perSegment = pairs.map((pair) => postEditDistance(pair.delivered, pair.edited));
    expect(document.segments).toBe(1948);
    expect(document.editedSegments).toBe(pairs.filter((pair) => pair.delivered !== pair.edited).length);
    expect(document.edits).toBe(perSegment.reduce((sum, d) => sum + d.edits, 0));
    expect(document.referenceTokens).toBe(perSegment.reduce((sum, d) => sum + d.referenceTokens, 0));
    expect(document.rate).toBeCloseTo(document.edits / document.referenceTokens, 12);
    // Two independent systems differ a lot, but not in everything.
    expect(document.rate).toBeGreaterThan(0.2);
    expect(document.rate).toBeLessThan(1);
  });
});

describe('word diff', () => {
  it('marks whole words and keeps both texts recoverable', () => {
    const parts = wordDiff('The superministerial plan system is new.', 'The super-ministry planning system is new.');
    expect(parts.some((part) => part.kind === 'removed' && part.text.includes('superministerial'))).toBe(true);
    expect(parts.some((part) => part.kind === 'added' && part.text.includes('planning'))).toBe(true);
    expect(sides(parts)).toEqual({ delivered: 'The superministerial plan system is new.', edited: 'The super-ministry planning system is new.' });
  });

  it('diffs Chinese by word', () => {
    const parts = wordDiff('我们今天开会', '我们明天开会', 'zh');
    expect(parts).toEqual([
      { kind: 'same', text: '我们' },
      { kind: 'removed', text: '今天' },
      { kind: 'added', text: '明天' },
      { kind: 'same', text: '开会' },
    ]);
  });

  it('gives back the MT and the edit for every segment of a real corpus pair', () => {
    const delivered = lines('newstest2021.zh-en.hyp.Facebook-AI.en').slice(0, 300);
    const edited = lines('newstest2021.zh-en.hyp.NiuTrans.en').slice(0, 300);
    delivered.forEach((text, index) => expect(sides(wordDiff(text, edited[index]!))).toEqual({ delivered: text, edited: edited[index] }));
  });
});
