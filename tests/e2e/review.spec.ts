import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { test, expect, type Page } from '@playwright/test';
import { cardFor, cards, editor, openCard, openGlossa } from './fixtures';

function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Review panel' });
}

function queueItem(page: Page, text: string) {
  return panel(page).getByRole('list', { name: 'Review queue' }).locator('.queue-entry', { hasText: text });
}

async function openReview(page: Page) {
  await openGlossa(page);
  await page.getByRole('button', { name: 'Review panel' }).click();
  await expect(queueItem(page, '[ad_1]')).toBeVisible();
}

test.describe('review', () => {
  test('the checks find the sample article’s real problems; findings become flags and change the score', async ({ page }) => {
    await openReview(page);
    for (const problem of ['[ad_1]', 'Original title:', 'Zheng Shajie', 'one thing']) await expect(queueItem(page, problem).first()).toBeVisible();
    await expect(page.getByTestId('status-score')).toContainText('0 flags · MQM 100.0 PASS');

    // Select the scraper placeholder and turn it into a flag with one key.
    await queueItem(page, '[ad_1]').getByRole('button').first().click();
    await page.keyboard.press('f');
    const flag = cardFor(page, '[ad_1]');
    await expect(flag).toContainText('Minor');
    await expect((await openCard(flag)).getByLabel('Severity')).toHaveValue('minor');
    await expect(page.getByTestId('status-score')).toContainText('1 flag · MQM 98.6 PASS');

    // Raise it to critical: the score follows (MQM standard: critical = 10 points over 716 words).
    await flag.getByLabel('Severity').selectOption('critical');
    await expect(page.getByTestId('status-score')).toContainText('MQM 86.0 FAIL');
    await flag.getByLabel('Category').selectOption('design-and-markup');
    await expect(panel(page).getByRole('table')).toContainText('Design and markup');

    // Rejected flags do not count.
    await flag.getByRole('button', { name: 'Reject' }).click();
    await expect(page.getByTestId('status-score')).toContainText('MQM 100.0 PASS');
  });

  test('apply a suggestion, undo it, and walk the queue from the keyboard', async ({ page }) => {
    await openReview(page);
    await queueItem(page, 'Zheng Shajie').getByRole('button').first().click();
    await panel(page).getByRole('button', { name: 'Make flag' }).click();
    // The card by its annotation, not its quote: the quote follows the words once the fix is saved.
    const id = await cardFor(page, 'Zheng Shajie').getAttribute('data-annotation-id');
    const flag = cards(page).and(page.locator(`[data-annotation-id="${id}"]`));
    await expect(flag).toContainText('→ Zheng Zhajie');
    await expect((await openCard(flag)).getByLabel('Suggested fix')).toHaveValue('Zheng Zhajie');
    await flag.getByRole('button', { name: 'Apply suggestion' }).click();
    await expect(editor(page).locator('p').nth(5)).toHaveText('Zheng Zhajie hosted');
    await expect(flag.locator('.card-status')).toHaveText('Fixed');
    await expect(flag.locator('.card-quote')).toHaveText('Zheng Zhajie');

    await editor(page).focus();
    await page.keyboard.press('Control+z');
    await expect(editor(page).locator('p').nth(5)).toHaveText('Zheng Shajie hosted');
    await expect(flag.locator('.card-status')).toHaveText('Open');
    await expect(flag.locator('.card-quote')).toHaveText('Zheng Shajie');

    // F8 and Shift+F8 move through the queue from anywhere.
    await editor(page).focus();
    await page.keyboard.press('F8');
    const current = panel(page).locator('.queue-entry[data-current="true"]');
    await expect(current).toHaveCount(1);
    const first = await current.textContent();
    await page.keyboard.press('F8');
    await expect(current).not.toHaveText(first!);
    await page.keyboard.press('Shift+F8');
    await expect(current).toHaveText(first!);
  });

  test('a dismissed finding stays dismissed after a reload', async ({ page }) => {
    await openReview(page);
    await queueItem(page, '[ad_1]').getByRole('button').first().click();
    await page.keyboard.press('d');
    await expect(queueItem(page, '[ad_1]')).toHaveCount(0);
    await page.reload();
    await page.getByRole('button', { name: 'Review panel' }).click();
    await expect(queueItem(page, 'Original title:').first()).toBeVisible();
    await expect(queueItem(page, '[ad_1]')).toHaveCount(0);
  });

  test('exports the review report as HTML and CSV with the flags and the score', async ({ page }) => {
    await openReview(page);
    await queueItem(page, 'Zheng Shajie').getByRole('button').first().click();
    await page.keyboard.press('f');
    await (await openCard(cardFor(page, 'Zheng Shajie'))).getByLabel('Severity').selectOption('major');
    await expect(page.getByTestId('status-score')).toContainText('MQM 93.0 PASS');

    const htmlDownload = page.waitForEvent('download');
    await panel(page).getByRole('button', { name: 'Report HTML' }).click();
    const html = readFileSync(await (await htmlDownload).path(), 'utf8');
    const report = await page.context().newPage();
    await report.setContent(html);
    await expect(report.locator('body')).toContainText('PASS');
    await expect(report.locator('body')).toContainText('93');
    await expect(report.locator('mark', { hasText: 'Zheng Shajie' }).first()).toBeVisible();
    await expect(report.locator('script')).toHaveCount(0);

    const csvDownload = page.waitForEvent('download');
    await panel(page).getByRole('button', { name: 'Report CSV' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    expect(Object.values(parsed.data[0]!)).toContain('Zheng Shajie');
    expect(Object.values(parsed.data[0]!)).toContain('major');
  });

  test('custom weights change the score, and a weight that is not a number is explained', async ({ page }) => {
    await openReview(page);
    await queueItem(page, 'Zheng Shajie').getByRole('button').first().click();
    await page.keyboard.press('f');
    await (await openCard(cardFor(page, 'Zheng Shajie'))).getByLabel('Severity').selectOption('major');
    await expect(page.getByTestId('status-score')).toContainText('MQM 93.0 PASS');
    await panel(page).getByText('Scoring and checks').click();
    await panel(page).getByLabel('Weights').selectOption('custom');
    // Custom starts from the MQM-standard weights, so the score does not move yet.
    await expect(page.getByTestId('status-score')).toContainText('93.0 PASS');
    await panel(page).getByLabel('Major weight').fill('10');
    await panel(page).getByLabel('Major weight').blur();
    await expect(page.getByTestId('status-score')).toContainText('86.0 FAIL');
    await panel(page).getByLabel('Major weight').fill('');
    await panel(page).getByLabel('Major weight').blur();
    await expect(panel(page).getByRole('alert').filter({ hasText: 'cannot be used yet' })).toContainText('major');
    await expect(page.getByTestId('status-score')).toContainText('93.0 PASS');
  });

  test('the raw linear model and “any Critical fails” change the score and the verdict, and the scorecard says so', async ({ page }) => {
    await openReview(page);
    await queueItem(page, 'Zheng Shajie').getByRole('button').first().click();
    await page.keyboard.press('f');
    await (await openCard(cardFor(page, 'Zheng Shajie'))).getByLabel('Severity').selectOption('critical');
    // MQM standard: Critical 10 points over the sample's 716 words.
    await expect(page.getByTestId('status-score')).toContainText('MQM 86.0 FAIL');
    await panel(page).getByText('Scoring and checks').click();
    await panel(page).getByLabel('Scoring model').selectOption('raw-linear');
    // 100 × (1 − 10 / 716).
    await expect(page.getByTestId('status-score')).toContainText('MQM 98.6 PASS');
    await expect(panel(page).getByTestId('score-model')).toContainText('MQM 2.0 raw linear model');
    // A stored setting: the box shows it once it is written.
    await panel(page).getByLabel('Any Critical error fails the review').click();
    await expect(panel(page).getByLabel('Any Critical error fails the review')).toBeChecked();
    await expect(page.getByTestId('status-score')).toContainText('MQM 98.6 FAIL');
    await expect(panel(page).getByText('Failed: a Critical error fails the review whatever its score.')).toBeVisible();
    await page.screenshot({ path: '/tmp/glossa-scoring-model.png' });
    await (await openCard(cardFor(page, 'Zheng Shajie'))).getByLabel('Severity').selectOption('major');
    await expect(page.getByTestId('status-score')).toContainText('MQM 99.3 PASS');
  });

  test('a custom pattern finds what the built-in checks do not; a check can be switched off', async ({ page }) => {
    await openReview(page);
    await panel(page).getByText('Scoring and checks').click();
    await panel(page).getByLabel('Regular expression').fill('superministerial');
    await panel(page).getByLabel('Message').fill('Calque: use the agreed glossary term');
    await panel(page).getByRole('button', { name: 'Add pattern' }).click();
    await expect(queueItem(page, 'Calque: use the agreed glossary term')).toBeVisible();

    const scraper = panel(page).getByRole('checkbox', { name: /scraper|boilerplate/i });
    await scraper.click();
    await expect(scraper).not.toBeChecked();
    await expect(queueItem(page, '[ad_1]')).toHaveCount(0);
    await scraper.click();
    await expect(scraper).toBeChecked();
    await expect(queueItem(page, '[ad_1]')).toBeVisible();
  });
});
