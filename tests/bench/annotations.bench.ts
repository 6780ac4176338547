import { test, type Page } from '@playwright/test';
import { percentile } from './corpus';
import { heapMB, importBigArticle, measureOpen, measureTyping, round, startProfile } from './big-article';

const ANNOTATIONS = Number(process.env.GLOSSA_BENCH_ANNOTATIONS ?? 5000);

/**
 * Writes `count` annotation rows straight into IndexedDB, spread over the article, with
 * selectors but no marks: exactly what a re-import leaves behind. Glossa re-anchors them
 * on the next open.
 */
async function seedAnnotations(page: Page, count: number): Promise<void> {
  await page.evaluate(async (count) => {
    const request = indexedDB.open('glossa');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = <T,>(store: string, key: string) =>
      new Promise<T>((resolve, reject) => {
        const read = db.transaction(store).objectStore(store).get(key);
        read.onsuccess = () => resolve(read.result as T);
        read.onerror = () => reject(read.error);
      });
    const docId = (await get<{ value: string }>('settings', 'lastOpenedDocumentId')).value;
    const text = (await get<{ plainText: string }>('documentTexts', docId)).plainText;
    const kinds = ['term', 'flag', 'note', 'query'];
    const words = [...text.matchAll(/[A-Za-z][A-Za-z-]{3,}(?: [A-Za-z][A-Za-z-]{3,})?/g)];
    const step = Math.floor(words.length / count);
    const transaction = db.transaction('annotations', 'readwrite');
    const store = transaction.objectStore('annotations');
    const now = Date.now();
    for (let i = 0; i < count; i += 1) {
      const match = words[i * step]!;
      const start = match.index!;
      const end = start + match[0].length;
      store.add({
        id: `bench${String(i).padStart(6, '0')}`,
        docId,
        kind: kinds[i % 4],
        quote: match[0],
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: match[0], prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
          position: { type: 'TextPositionSelector', start, end },
        },
        anchorState: 'anchored',
        body: `Benchmark note ${i}`,
        status: 'open',
        replies: [],
        author: 'Bench',
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      });
    }
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, count);
}

/** Select a few words and press the Note shortcut; time from keydown to the new card in the margin. */
async function measureAnnotate(page: Page, samples = Number(process.env.GLOSSA_BENCH_ANNOTATE_SAMPLES ?? 20)): Promise<{ p50: number; p95: number; samples: number; timeouts: number }> {
  const times: number[] = [];
  let timeouts = 0;
  for (let i = 0; i < samples; i += 1) {
    // Select the way a translator does: drag the mouse over the first words of a paragraph.
    const box = await page.evaluate((index) => {
      const paragraph = document.querySelectorAll('.article-editor p')[200 + index * 3]!;
      paragraph.scrollIntoView({ block: 'center' });
      const node = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(12, node.textContent!.length));
      const rect = range.getBoundingClientRect();
      return { x: rect.left + 1, y: rect.top + rect.height / 2, width: rect.width - 2 };
    }, i);
    if (process.env.GLOSSA_BENCH_VERBOSE && i === 0) {
      await page.evaluate(() => {
        const root = document.querySelector('.article-editor') as HTMLElement & { __lexicalEditor?: { registerUpdateListener(fn: (p: { tags: Set<string>; dirtyElements: Map<string, unknown>; dirtyLeaves: Set<string> }) => void): void } };
        const log: string[] = [];
        (window as unknown as { __log: string[] }).__log = log;
        const t0 = performance.now();
        document.addEventListener('selectionchange', () => log.push(`${Math.round(performance.now() - t0)} sel "${window.getSelection()?.toString().slice(0, 15)}"`));
        root.__lexicalEditor?.registerUpdateListener(({ tags, dirtyElements, dirtyLeaves }) => log.push(`${Math.round(performance.now() - t0)} update [${[...tags].join(',')}] dirty ${dirtyElements.size}/${dirtyLeaves.size}`));
        for (const type of ['mousedown', 'mouseup']) document.addEventListener(type, () => log.push(`${Math.round(performance.now() - t0)} ${type}`), true);
      });
    }
    await page.mouse.move(box.x, box.y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width, box.y, { steps: 4 });
    await page.mouse.up();
    await page.evaluate(() => {
      const known = new Set<string>();
      for (const mark of document.querySelectorAll<HTMLElement>('mark[data-annotation-ids]')) {
        for (const id of (mark.dataset.annotationIds ?? '').split(' ')) known.add(id);
      }
      const isNewCard = () => {
        const active = document.querySelector<HTMLElement>('.annotation-card.is-active');
        return active !== null && !known.has(active.dataset.annotationId ?? '');
      };
      const state = window as unknown as { __annotate: Promise<number> };
      state.__annotate = new Promise<number>((resolve) => {
        document.addEventListener(
          'keydown',
          (event) => {
            const start = event.timeStamp;
            const check = () => (isNewCard() ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check));
            check();
          },
          { capture: true, once: true },
        );
      });
    });
    await page.waitForTimeout(400); // let the editor take the new selection, as a drag would
    const profiler = process.env.GLOSSA_BENCH_PROFILE && i === 1 ? await startProfile(page) : null;
    await page.keyboard.press('Control+Alt+M');
    if (profiler) {
      await page.waitForTimeout(6000);
      console.log('[bench] profile', JSON.stringify(await profiler.stop()));
    }
    if (process.env.GLOSSA_BENCH_VERBOSE && i === 0) {
      await page.waitForTimeout(300);
      console.log('[bench] events', JSON.stringify(await page.evaluate(() => (window as unknown as { __log: string[] }).__log.slice(0, 60))));
      console.log(
        '[bench] probe',
        JSON.stringify(await page.locator('.notice').allTextContents()),
        await page.evaluate(() => {
          const root = document.querySelector('.article-editor') as HTMLElement & { __lexicalEditor?: { getEditorState(): { _selection: unknown } } };
          const selection = root.__lexicalEditor?.getEditorState()._selection as { anchor?: { key: string; offset: number }; focus?: { key: string; offset: number } } | null;
          return [document.activeElement?.className, window.getSelection()?.toString().slice(0, 20), `${selection?.anchor?.key}:${selection?.anchor?.offset}`, `${selection?.focus?.key}:${selection?.focus?.offset}`];
        }),
      );
    }
    // A sample that never shows its card is reported, not waited for forever.
    const ms = await page.evaluate(() =>
      Promise.race([
        (window as unknown as { __annotate: Promise<number> }).__annotate,
        new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 15_000)),
      ]),
    );
    if (Number.isNaN(ms)) {
      timeouts += 1;
      if (process.env.GLOSSA_BENCH_VERBOSE) {
        console.log('[bench] annotate timed out', await page.locator('.notice').allTextContents(), await page.locator('.annotation-card.is-active').count());
        console.log('[bench] after', await page.evaluate(() => {
          const marks = [...document.querySelectorAll<HTMLElement>('mark[data-annotation-ids]')];
          const fresh = marks.filter((mark) => !(mark.dataset.annotationIds ?? '').includes('bench'));
          const active = document.querySelector<HTMLElement>('.annotation-card.is-active');
          return JSON.stringify({ marks: marks.length, fresh: fresh.map((m) => [m.dataset.annotationIds, m.textContent]), cards: document.querySelectorAll('.annotation-card').length, active: active?.dataset.annotationId ?? null, activeMark: document.querySelector('mark.is-active')?.textContent ?? null });
        }));
      }
    } else times.push(ms);
    await page.keyboard.press('Escape');
  }
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), samples: times.length, timeouts };
}

test('big article with 5,000 annotations: re-anchor, open with notes, type, annotate, memory', async ({ page }) => {
  const log = (step: string) => process.env.GLOSSA_BENCH_VERBOSE && console.log(`[bench] ${step} ${new Date().toISOString()}`);
  const { lastLine } = await importBigArticle(page);
  log('imported');
  await seedAnnotations(page, ANNOTATIONS);
  log('seeded');

  // First open after the "re-import": every annotation is re-anchored from its selectors.
  const reanchorOpenMs = await measureOpen(page, lastLine, '.annotation-card');
  log('re-anchored');
  const anchored = await page.evaluate(() => document.querySelectorAll('mark[data-annotation-ids]').length);
  await page.waitForTimeout(1500); // the marks are saved with the article

  const openMs = await measureOpen(page, lastLine, '.annotation-card');
  log('opened');
  const mountedCards = await page.locator('.annotation-card').count();
  const typing = process.env.GLOSSA_BENCH_SKIP_TYPING ? { p50: NaN, p95: NaN, samples: 0 } : await measureTyping(page, 150);
  log('typed');
  const annotate = await measureAnnotate(page);
  log('annotated');

  console.log(
    JSON.stringify({
      bench: 'big-article-5000-annotations',
      annotations: ANNOTATIONS,
      marksAfterReanchor: anchored,
      reanchorOpenMs: Math.round(reanchorOpenMs),
      openWithNotesMs: Math.round(openMs),
      mountedCards,
      typingLatencyMs: typing,
      annotateLatencyMs: annotate,
      jsHeapMB: await heapMB(page),
      targets: { openWithNotesMs: 1000, reanchorMs: 1000, typingP95Ms: 16, annotateP95Ms: 50, heapMB: 400 },
    }),
  );
});
