import type { Page } from '@playwright/test';
import { bigArticleText, percentile } from './corpus';

/** Imports the big article by dropping it onto the window; returns drop → last paragraph painted (ms). */
export async function importBigArticle(page: Page): Promise<{ importMs: number; text: string; lastLine: string }> {
  const text = bigArticleText();
  const lastLine = text.trim().split('\n').at(-1)!.slice(0, 60);
  await page.goto('/');
  await page.locator('.article-editor').waitFor();
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'wmt21-three-systems.txt', { type: 'text/plain' }));
    return data;
  }, text);
  const start = Date.now();
  await page.dispatchEvent('.article-pane', 'drop', { dataTransfer: transfer });
  await page.locator('.article-editor', { hasText: lastLine }).waitFor({ timeout: 300_000 });
  return { importMs: Date.now() - start, text, lastLine };
}

/** Reloads and measures navigation start → article text painted (and `extra` true, if given). */
export async function measureOpen(page: Page, lastLine: string, extraSelector?: string): Promise<number> {
  await page.reload();
  return page.evaluate(
    async ({ needle, extraSelector }) => {
      await new Promise<void>((done) => {
        const check = () => {
          const text = document.querySelector('.article-editor')?.textContent?.includes(needle);
          const extra = !extraSelector || document.querySelector(extraSelector);
          if (text && extra) done();
          else requestAnimationFrame(check);
        };
        check();
      });
      await new Promise((frame) => requestAnimationFrame(frame));
      return performance.now();
    },
    { needle: lastLine, extraSelector },
  );
}

/** Key-to-paint latency: keydown → the frame after the change, over `count` keystrokes. */
export async function measureTyping(page: Page, paragraphIndex: number, count = 60): Promise<{ p50: number; p95: number; samples: number }> {
  await page.locator('.article-editor p').nth(paragraphIndex).click();
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
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.type('x');
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(200);
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  return { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), samples: latencies.length };
}

export async function heapMB(page: Page): Promise<number> {
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  return Math.round(usedSize / 1024 / 1024);
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Starts the CDP sampling profiler; stop() returns the functions with the most self time (ms), for GLOSSA_BENCH_PROFILE runs. */
export async function startProfile(page: Page): Promise<{ stop(): Promise<[string, number][]> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.send('Profiler.stop');
      const self = new Map<string, number>();
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const deltas = profile.timeDeltas ?? [];
      (profile.samples ?? []).forEach((id, index) => {
        const node = byId.get(id)!;
        const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
      });
      return [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([key, ms]) => [key, Math.round(ms)]);
    },
  };
}

/** Frame-to-frame times while `selector`'s scroll box goes from top to bottom in 120 steps (60 short, then long jumps). */
export async function scrollFrames(page: Page, selector: string): Promise<{ p50: number; p95: number; max: number }> {
  const frames = await page.evaluate(async (selector) => {
    const box = document.querySelector(selector)!;
    box.scrollTop = 0;
    await new Promise((frame) => requestAnimationFrame(frame));
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 120; i += 1) {
      box.scrollTop += box.clientHeight * 0.9 * (i < 60 ? 1 : 40);
      await new Promise((frame) => requestAnimationFrame(frame));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times;
  }, selector);
  return { p50: round(percentile(frames, 50)), p95: round(percentile(frames, 95)), max: round(Math.max(...frames)) };
}
