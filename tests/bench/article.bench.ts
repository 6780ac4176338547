import { test } from '@playwright/test';
import { heapMB, importBigArticle, measureOpen, measureTyping } from './big-article';

/**
 * The ~190k-word article without annotations: import, open, type, memory.
 * Prints one JSON line; see README.md beside this file.
 */
test('big article: open, type, memory', async ({ page }) => {
  const { importMs, text, lastLine } = await importBigArticle(page);
  const openMs = await measureOpen(page, lastLine);
  const typing = await measureTyping(page, 100);
  // Typing above was continuous (a key every ~20 ms), so the autosave ran on its 1 s maximum
  // wait. Each save's main-thread part is a performance measure; the first one serialises
  // every block (what every save cost before), later ones only the blocks typed in.
  await page.waitForTimeout(1500);
  const saves = await page.evaluate(() => performance.getEntriesByName('glossa:autosave').map((entry) => entry.duration));
  const later = saves.slice(1).sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      bench: 'big-article',
      words: text.split(/\s+/).filter(Boolean).length,
      importMs,
      openMs: Math.round(openMs),
      typingLatencyMs: typing,
      autosaveMainThreadMs: {
        saves: saves.length,
        firstFullMs: Math.round(saves[0] ?? NaN),
        p50Ms: Math.round((later[Math.floor(later.length / 2)] ?? NaN) * 10) / 10,
        maxMs: Math.round((later.at(-1) ?? NaN) * 10) / 10,
      },
      jsHeapMB: await heapMB(page),
      targets: { openMs: 1000, typingP95Ms: 16, heapMB: 400, autosaveMainThreadMs: 8 },
    }),
  );
});
