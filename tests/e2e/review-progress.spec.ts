import { test, expect, type Page } from '@playwright/test';
import { editor, openGlossa, waitForSaved } from './fixtures';

// Review progress (issue 15, item 4): Ctrl+Enter marks a paragraph reviewed and moves on,
// Ctrl+Shift+Enter marks everything up to the caret, the status bar and the report show the
// percent, and the reviewed paragraphs can be folded away.

function paragraphs(page: Page) {
  return editor(page).locator(':scope > p');
}

function reviewedFlags(page: Page): Promise<boolean[]> {
  return paragraphs(page).evaluateAll((all) => all.map((element) => element.classList.contains('is-reviewed')));
}

test('mark paragraphs reviewed from the keyboard, see the percent, fold them away, and keep it all after a reload', async ({ page }) => {
  await openGlossa(page);
  const status = page.getByTestId('status-reviewed');
  await expect(status).toHaveText('0% reviewed');

  // Ctrl+Enter in the second paragraph: it is reviewed, and the caret is in the third.
  await paragraphs(page).nth(1).click();
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => reviewedFlags(page).then((flags) => flags.slice(0, 3))).toEqual([false, true, false]);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => reviewedFlags(page).then((flags) => flags.slice(0, 4))).toEqual([false, true, true, false]);
  await expect(status).not.toHaveText('0% reviewed');
  // Said to screen readers too, with the percent the status bar shows.
  const announcement = page.getByTestId('review-announcement');
  await expect(announcement).toHaveAttribute('role', 'status');
  await expect(status).toHaveAttribute('data-reviewed-blocks', '2');
  const shown = /(\d+)% reviewed/.exec((await status.textContent()) ?? '')?.[1];
  await expect(announcement).toHaveText(`Marked reviewed. ${shown}% of the article reviewed.`);
  // No paragraph was added by the Enter.
  const count = await paragraphs(page).count();

  // Ctrl+Z takes the last mark back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => reviewedFlags(page).then((flags) => flags.slice(0, 4))).toEqual([false, true, false, false]);

  // Ctrl+Shift+Enter in the sixth paragraph: the first six are reviewed.
  await expect(status).not.toHaveText('0% reviewed');
  const before = (await status.textContent()) ?? '';
  await paragraphs(page).nth(5).click();
  await page.keyboard.press('Control+Shift+Enter');
  await expect.poll(() => reviewedFlags(page).then((flags) => flags.slice(0, 7))).toEqual([true, true, true, true, true, true, false]);
  expect(await paragraphs(page).count()).toBe(count);
  // The status bar has counted the six.
  await expect(status).toHaveAttribute('data-reviewed-blocks', '6');
  await expect(announcement).toHaveText(/^5 paragraphs marked reviewed\. \d+% of the article reviewed\.$/);
  expect(await status.textContent()).not.toBe(before);
  const percent = Number(/(\d+)% reviewed/.exec((await status.textContent()) ?? '')?.[1]);
  expect(percent).toBeGreaterThan(0);
  expect(percent).toBeLessThan(100);

  // Show only what is not reviewed: the reviewed paragraphs fold away, and come back.
  await page.getByRole('button', { name: 'Review panel' }).click();
  const only = page.getByRole('complementary', { name: 'Review panel' }).getByLabel(/Show only what is not reviewed/);
  await only.click();
  await expect(only).toBeChecked();
  await expect(paragraphs(page).first()).toBeHidden();
  await expect(paragraphs(page).nth(6)).toBeVisible();
  await only.click();
  await expect(only).not.toBeChecked();
  await expect(paragraphs(page).first()).toBeVisible();

  // Saved with the article: after a reload the marks and the percent are the same.
  await waitForSaved(page);
  await page.reload();
  await expect.poll(() => reviewedFlags(page).then((flags) => flags.slice(0, 7))).toEqual([true, true, true, true, true, true, false]);
  await expect(page.getByTestId('status-reviewed')).toHaveText(`${percent}% reviewed`);

  // The review report says so too.
  await page.getByRole('button', { name: 'Review panel' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('complementary', { name: 'Review panel' }).getByRole('button', { name: 'Report HTML' }).click();
  const file = await download;
  const html = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
  expect(html).toMatch(new RegExp(`<dt>Reviewed</dt><dd data-reviewed>${percent} % \\(\\d+ of \\d+ words; 6 of \\d+ paragraphs\\)</dd>`));
});
