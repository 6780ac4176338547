import { test, expect, type Page, type Worker } from '@playwright/test';
import { editor, importThroughDialog, openGlossa } from './fixtures';

function queueItem(page: Page, text: string) {
  return page.getByRole('complementary', { name: 'Review panel' }).getByRole('list', { name: 'Review queue' }).locator('.queue-entry', { hasText: text });
}

/** Opens Glossa with the review panel's first run done; the list grows as QA workers start. */
async function openWithReviewQueue(page: Page): Promise<Worker[]> {
  const qaWorkers: Worker[] = [];
  page.on('worker', (worker) => {
    if (/qa\.worker/.test(worker.url())) qaWorkers.push(worker);
  });
  await openGlossa(page);
  await page.getByRole('button', { name: 'Review panel' }).click();
  await expect(queueItem(page, '[ad_1]')).toBeVisible();
  await expect.poll(() => qaWorkers.length).toBe(1);
  return qaWorkers;
}

test.describe('workers', () => {
  test('a QA worker that dies during a run is reported at once and restarted, and the checks work again', async ({ page }) => {
    const qaWorkers = await openWithReviewQueue(page);

    // From now on the worker never answers, and dies right after it receives the next run.
    await qaWorkers[0]!.evaluate(() => {
      const scope = self as unknown as { postMessage: () => void; addEventListener(type: 'message', listener: () => void): void };
      scope.postMessage = () => undefined;
      scope.addEventListener('message', () => setTimeout(() => {
        throw new Error('injected crash');
      }));
    });
    const firstParagraph = editor(page).locator('p').first();
    await firstParagraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' [ad_2]');
    // Told that it stopped (not, 10 s later, that it took too long), in words that say what stopped.
    await expect(page.getByRole('alert').filter({ hasText: 'The quality checks stopped unexpectedly and were restarted.' })).toBeVisible();
    await page.screenshot({ path: '/tmp/glossa-workers-crash.png' });

    // The next run starts a new worker, which finds what was typed.
    await page.keyboard.type(' [ad_3]');
    await expect.poll(() => qaWorkers.length).toBe(2);
    await expect(queueItem(page, '[ad_3]')).toBeVisible();
  });
  test('closing a document while its checks run says nothing, and the next document is checked', async ({ page }) => {
    const qaWorkers = await openWithReviewQueue(page);

    // From now on the worker takes every run and never answers: the next run stays running.
    await qaWorkers[0]!.evaluate(() => {
      const scope = self as unknown as { postMessage: () => void; received: number; addEventListener(type: 'message', listener: () => void): void };
      scope.received = 0;
      scope.postMessage = () => undefined;
      scope.addEventListener('message', () => void scope.received++);
    });
    await editor(page).locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' [ad_2]');
    await expect.poll(() => qaWorkers[0]!.evaluate(() => (self as unknown as { received: number }).received)).toBeGreaterThan(0);

    // Another document opens while that run is still out: the stopped run is not an error.
    await importThroughDialog(page, [{ name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from('A second article. [ad_9] is left in it.') }]);
    await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 2 })).toHaveText('second');
    await expect(queueItem(page, '[ad_9]')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
