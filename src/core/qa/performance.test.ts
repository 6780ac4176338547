import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS, runChecks } from './registry';

/**
 * A sanity net against accidental quadratic code, not a benchmark: the design
 * target (all checks over 200k words in ≤ 300 ms) is measured in Chromium by
 * the bench suite. Here the bound is loose enough for a loaded CI machine, yet
 * far below what a quadratic pass over 200k words would take (minutes).
 */

const samplePath = fileURLToPath(new URL('../../../resources/samples/zhejiang-executive-meeting.en.txt', import.meta.url));
const sample = readFileSync(samplePath, 'utf8');

/** Letters for a number: "ba", "bb", … so every copy gets names of its own, one edit from its neighbours'. */
function letters(n: number): string {
  let out = '';
  for (let k = n + 26; k > 0; k = Math.floor(k / 26)) out = String.fromCharCode(97 + (k % 26)) + out;
  return out;
}

/**
 * ~200k words: the sample repeated, each copy with names of its own that are one
 * edit from the next copy's (the worst case for name bucketing) and a sentence of
 * fresh problems, so no shortcut hides work.
 */
function bigArticle(): string {
  const sampleWords = sample.split(/\s+/).length;
  const copies: string[] = [];
  for (let i = 0, words = 0; words < 200_000; i += 1, words += sampleWords + 12) {
    const suffix = letters(i);
    copies.push(sample.replace(/Longgang/g, `Longgang${suffix}`).replace(/Cangnan/g, `Cang${suffix}nan`));
    copies.push(`Governor Zheng Zha${suffix}jie met Zheng Sha${suffix}jie  twice ,and the the plan.`);
  }
  return copies.join('\n\n');
}

describe('performance sanity', () => {
  it('runs every check over ~200k words in linear time', () => {
    const text = bigArticle();
    const words = text.split(/\s+/).length;
    expect(words).toBeGreaterThan(190_000);
    const context = {
      glossary: Array.from({ length: 1000 }, (_, i) => ({ preferred: `preferred term ${i}`, forbidden: [`forbidden${i}`, `bad variant ${i}`] })),
      userPatterns: [{ pattern: '\\bit is necessary to\\b', flags: 'i', message: 'wordy' }],
    };
    runChecks(text.slice(0, 50_000), context); // warm the JIT
    const started = performance.now();
    const { findings } = runChecks(text, context, CHECKS.map((check) => check.id));
    const elapsed = performance.now() - started;
    console.info(`all checks over ${words} words: ${elapsed.toFixed(0)} ms, ${findings.length} findings`);
    expect(findings.length).toBeGreaterThan(1000);
    expect(elapsed).toBeLessThan(5_000);
  });
});
