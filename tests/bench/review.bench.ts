import { test } from '@playwright/test';
import { importBigArticle } from './big-article';

/**
 * All automatic QA checks over the ~190k-word article, in the worker, as the review
 * panel runs them. Prints one JSON line; see README.md beside this file.
 */
test('big article: all QA checks', async ({ page }) => {
  await importBigArticle(page);
  await page.getByRole('button', { name: 'Review panel' }).click();
  const panel = page.getByRole('complementary', { name: 'Review panel' });
  const runs: number[] = [];
  let findings = 0;
  for (let i = 0; i < 5; i += 1) {
    if (i > 0) await panel.getByRole('button', { name: 'Run checks' }).click();
    await panel.getByText(/checks \d+ ms/).waitFor({ timeout: 120_000 });
    await panel.getByRole('button', { name: 'Run checks' }).waitFor({ state: 'visible' });
    const text = (await panel.locator('.queue-bar .panel-count').textContent()) ?? '';
    runs.push(Number(/checks (\d+) ms/.exec(text)?.[1]));
    findings = Number(/(\d+) in queue/.exec(text)?.[1]);
    await page.waitForTimeout(300);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      bench: 'qa-checks',
      runsMs: runs,
      medianMs: sorted[Math.floor(sorted.length / 2)],
      findings,
      targets: { allChecksMs: 300 },
    }),
  );
});
