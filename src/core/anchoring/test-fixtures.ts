/**
 * Shared by the anchoring tests (not a test itself).
 */
import { expect } from 'vitest';
import { ORPHAN_BELOW } from './anchor';
import { maxErrorsFor } from './scoring';
import type { AnchorResult } from './types';

/**
 * Passages of the sample article (zhejiang-executive-meeting.en.txt), trimmed, for anchoring
 * tests: real MT text with repeated phrases ("The meeting noted that", "Longgang",
 * "the provincial government"), curly quotes and calques.
 */
export const PARAGRAPHS = [
  'On the night of December 21, the provincial government held its 60th executive meeting. Governor Zheng Zhajie presided.',
  'On the night of December 21, Governor Zheng Zhajie chaired the 60th executive meeting of the provincial government to review the “Policy Opinions on Support for Longgang, Cangnan and Deepening Reforms and High-Quality Coordinated Development” and the “double growth” of Zhejiang technology companies.',
  'The meeting noted that Longgang’s withdrawal from towns and cities is an important gradual achievement of the new-type national urbanization pilot. It is necessary to highlight the driving force of the reform, support Longgang to deepen the implementation of the reform of the “superministerial + plan system” and explore simple and efficient grassroots governance models.',
  'The meeting noted that cultivating and expanding high-tech enterprises and high-tech SMEs is an important starting point for implementing innovation-driven strategies and accelerating high-quality development.',
  'The meeting noted that vehicle inspection is a “critical little thing” that involves the vital interests of the people. We must promote the implementation of various tasks in the spirit of driving nails.',
];

export const ARTICLE = PARAGRAPHS.join('\n\n');

/** Offsets of the n-th (0-based) occurrence of `quote` in `text`. */
export function nth(text: string, quote: string, n = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= n; i += 1) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`"${quote}" occurs fewer than ${n + 1} times`);
  }
  return { start, end: start + quote.length };
}

/** Textbook Levenshtein distance: the slow, obviously right reference for the tests. */
export function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), row[j] + 1, next[j - 1] + 1);
    }
    row = next;
  }
  return row[b.length];
}

/** The "never silently wrong" contract: an orphan, the exact words, or words within the fuzzy bound. */
export function expectHonest(result: AnchorResult, text: string, quote: string): void {
  if (result.state === 'orphan') {
    expect(result).toEqual({ state: 'orphan', start: -1, end: -1, confidence: 0, strategy: 'none' });
    return;
  }
  expect(Number.isInteger(result.start) && Number.isInteger(result.end)).toBe(true);
  expect(0 <= result.start && result.start < result.end && result.end <= text.length).toBe(true);
  expect(result.confidence).toBeGreaterThanOrEqual(ORPHAN_BELOW);
  expect(result.confidence).toBeLessThanOrEqual(1);
  const found = text.slice(result.start, result.end);
  if (result.state === 'anchored') {
    expect(found).toBe(quote);
  } else {
    expect(levenshtein(found, quote)).toBeLessThanOrEqual(maxErrorsFor(quote.length));
    expect(result.confidence).toBeLessThan(1);
  }
}

/** Reference for affixDistance: the best Levenshtein distance to a piece of text touching the boundary. */
export function affixReference(expected: string, text: string, boundary: number, before: boolean): number {
  const room = before ? text.slice(0, boundary) : text.slice(boundary);
  let best = expected.length;
  for (let k = 0; k <= Math.min(room.length, 2 * expected.length); k += 1) {
    best = Math.min(best, levenshtein(expected, before ? room.slice(room.length - k) : room.slice(0, k)));
  }
  return best;
}
