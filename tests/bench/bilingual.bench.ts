import { readFile } from 'node:fs/promises';
import { test, type Page } from '@playwright/test';
import { plainText } from '../../src/core/bilingual';
import { readBilingual } from '../../src/core/formats/xliff';
import { buildBenchXliff12 } from '../../src/core/formats/xliff/test-fixtures';
import { corpusLines } from '../fixtures/bilingual';
import { heapMB, measureTyping, round, scrollFrames, startProfile } from './big-article';

const SEGMENTS = Number(process.env.GLOSSA_BENCH_SEGMENTS ?? 10_000);
const CHECK_RUNS = 5;

/** Drops a file onto the window; returns drop → `needle` painted in `selector` of the article (ms). */
async function dropAndWait(page: Page, file: { name: string; type: string; content: string }, selector: string, needle: string): Promise<number> {
  const { name, type, content } = file;
  await page.goto('/');
  await page.locator('.article-editor').waitFor();
  const transfer = await page.evaluateHandle(
    ({ content, name, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type }));
      return data;
    },
    { content, name, type },
  );
  const start = Date.now();
  await page.dispatchEvent('.article-pane', 'drop', { dataTransfer: transfer });
  await page.locator(selector, { hasText: needle }).first().waitFor({ timeout: 300_000 });
  return Date.now() - start;
}

/** Reloads (the document just imported opens again, as after a restart) and waits for its text and its first check run. */
async function reopen(page: Page, selector: string, needle: string): Promise<void> {
  await page.evaluate(() => performance.clearMeasures('glossa:qa-run'));
  await page.reload();
  await page.locator(selector, { hasText: needle }).first().waitFor({ timeout: 300_000 });
  await page.waitForFunction(() => performance.getEntriesByName('glossa:qa-run').length > 0, undefined, { timeout: 120_000 });
  await page.waitForTimeout(1000);
}


/** The QA worker's last run, as review-context records it: request → answer, the worker's time, and its bilingual part. */
async function lastQaRun(page: Page): Promise<{ roundTripMs: number; workerMs: number; bilingualMs: number | null; findings: number }> {
  return page.evaluate(() => {
    const entry = performance.getEntriesByName('glossa:qa-run').at(-1) as PerformanceMeasure | undefined;
    const detail = (entry?.detail ?? {}) as { workerMs: number; bilingualMs: number | null; findings: number };
    return { roundTripMs: entry?.duration ?? NaN, ...detail };
  });
}

async function checkRuns(page: Page): Promise<{ workerMs: number[]; bilingualMs: (number | null)[]; roundTripMs: number[]; findings: number }> {
  await page.getByRole('button', { name: 'Review panel' }).click();
  const panel = page.getByRole('complementary', { name: 'Review panel' });
  const runs = { workerMs: [] as number[], bilingualMs: [] as (number | null)[], roundTripMs: [] as number[], findings: 0 };
  for (let i = 0; i < CHECK_RUNS; i += 1) {
    await page.evaluate(() => performance.clearMeasures('glossa:qa-run'));
    await panel.getByRole('button', { name: 'Run checks' }).click();
    await page.waitForFunction(() => performance.getEntriesByName('glossa:qa-run').length > 0, undefined, { timeout: 120_000 });
    const run = await lastQaRun(page);
    runs.workerMs.push(round(run.workerMs));
    runs.bilingualMs.push(run.bilingualMs === null ? null : round(run.bilingualMs));
    runs.roundTripMs.push(round(run.roundTripMs));
    runs.findings = run.findings;
    await page.waitForTimeout(300);
  }
  await page.getByRole('button', { name: 'Review panel' }).click();
  return runs;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// The app path of issue 10's targets: a 10,000-segment XLIFF 1.2 from WMT21 zh→en with inline
// tags, dropped onto the window (read in the import worker, stored, opened as a bilingual
// article), exported back, checked in the QA worker; typing and scrolling with the source column
// shown, side by side with the same target text opened as a monolingual article in the same run.
test('bilingual: a 10,000-segment XLIFF imported, exported, checked, typed in and scrolled, against the same text monolingual', async ({ page }) => {
  test.setTimeout(20 * 60_000);
  const xliff = buildBenchXliff12(corpusLines(), SEGMENTS);
  const segments = readBilingual(xliff, 'bench.xlf').segments;
  const targets = segments.map((segment) => plainText(segment.target));
  const lastTarget = targets.at(-1)!.slice(0, 50);

  // Monolingual first: the same targets, one paragraph each.
  await dropAndWait(page, { name: 'bench-targets.txt', type: 'text/plain', content: `${targets.join('\n')}\n` }, '.article-editor', lastTarget);
  await reopen(page, '.article-editor', lastTarget);
  const monoTyping = await measureTyping(page, 100, 100);
  const monoScroll = await scrollFrames(page, '.article-pane');

  // The bilingual article: the drop adds a document beside the monolingual one and opens it.
  const TARGET = '.article-editor .segment-target';
  const importMs = await dropAndWait(page, { name: 'bench.xlf', type: 'application/xliff+xml', content: xliff }, TARGET, lastTarget);
  const segmentsShown = await page.locator('.article-editor .segment').count();
  const sourceColumnShown = await page.locator('.article-editor .segment-source').first().isVisible();
  await page.waitForFunction(() => performance.getEntriesByName('glossa:qa-run').length > 0, undefined, { timeout: 120_000 });
  const checks = await checkRuns(page);

  const download = page.waitForEvent('download');
  const exportStarted = Date.now();
  await page.getByRole('button', { name: 'Export XLIFF…' }).click();
  const file = await download;
  const exportMs = Date.now() - exportStarted;
  const exported = await readFile((await file.path())!, 'utf8');

  await reopen(page, TARGET, lastTarget);
  const profiler = process.env.GLOSSA_BENCH_PROFILE ? await startProfile(page) : null;
  const biTyping = await measureTyping(page, 100, 100);
  if (profiler) console.log('[bench] profile while typing (bilingual)', JSON.stringify(await profiler.stop()));
  const biScroll = await scrollFrames(page, '.article-pane');
  const heap = await heapMB(page);
  const bilingual = checks.bilingualMs.filter((value): value is number => value !== null);

  console.log(
    JSON.stringify({
      bench: 'bilingual',
      segments: segmentsShown,
      sourceColumnShown,
      xliffMB: round(xliff.length / 1024 / 1024),
      importMs,
      exportMs,
      exportedMB: round(exported.length / 1024 / 1024),
      checksInWorker: { allMedianMs: median(checks.workerMs), bilingualMedianMs: bilingual.length ? median(bilingual) : null, roundTripMedianMs: median(checks.roundTripMs), runs: checks, findings: checks.findings },
      typingLatencyMs: { monolingual: monoTyping, bilingual: biTyping, p95Ratio: round(biTyping.p95 / monoTyping.p95) },
      scrollFrameMs: { monolingual: monoScroll, bilingual: biScroll },
      jsHeapMB: heap,
      targets: { importMs: 3000, exportMs: 1000, bilingualChecksMs: 500, typingP95Ratio: 1.1, scrollFrameP95Ms: 16 },
    }),
  );
});
