import { test } from '@playwright/test';
import { bigArticleText, percentile } from './corpus';

/**
 * Opens the ~190k-word article and measures what a translator feels:
 * time to paint the article, key-to-paint latency while typing, and memory.
 * Prints one JSON line; see README.md beside this file.
 */
test('big article: open, type, memory', async ({ page }) => {
  const text = bigArticleText();
  const lastLine = text.trim().split('\n').at(-1)!.slice(0, 60);

  await page.goto('/');
  await page.locator('.article-editor').waitFor();
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'wmt21-three-systems.txt', { type: 'text/plain' }));
    return data;
  }, text);
  const importStart = Date.now();
  await page.dispatchEvent('.article-pane', 'drop', { dataTransfer: transfer });
  await page.locator('.article-editor', { hasText: lastLine }).waitFor({ timeout: 300_000 });
  const importMs = Date.now() - importStart;

  // Open: a fresh load of the app with the big article as the last document.
  await page.reload();
  const openMs = await page.evaluate(async (needle) => {
    const start = performance.timeOrigin;
    await new Promise<void>((done) => {
      const check = () => (document.querySelector('.article-editor')?.textContent?.includes(needle) ? done() : requestAnimationFrame(check));
      check();
    });
    await new Promise((frame) => requestAnimationFrame(frame));
    return performance.timeOrigin + performance.now() - start;
  }, lastLine);

  // Typing: key-to-paint latency, measured in the page from keydown to the next frame.
  await page.locator('.article-editor p').nth(100).click();
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { __latencies: number[] }).__latencies = samples;
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
      },
      true,
    );
  });
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.type('x');
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(200);
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);

  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  const words = text.split(/\s+/).filter(Boolean).length;

  console.log(
    JSON.stringify({
      bench: 'big-article',
      words,
      importMs,
      openMs: Math.round(openMs),
      typingLatencyMs: { p50: Math.round(percentile(latencies, 50) * 10) / 10, p95: Math.round(percentile(latencies, 95) * 10) / 10, samples: latencies.length },
      jsHeapMB: Math.round(usedSize / 1024 / 1024),
      targets: { openMs: 1000, typingP95Ms: 16, heapMB: 400 },
    }),
  );
});
