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
  console.log(
    JSON.stringify({
      bench: 'big-article',
      words: text.split(/\s+/).filter(Boolean).length,
      importMs,
      openMs: Math.round(openMs),
      typingLatencyMs: typing,
      jsHeapMB: await heapMB(page),
      targets: { openMs: 1000, typingP95Ms: 16, heapMB: 400 },
    }),
  );
});
