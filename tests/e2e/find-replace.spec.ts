import { test, expect, type Page } from '@playwright/test';
import { bilingualFixtures } from '../fixtures/bilingual';
import { editor, importThroughDialog, openGlossa, waitForSaved } from './fixtures';

// Find and Replace in the article (issue 15, item 2), from the keyboard, and a name variant's Fix all.

function bar(page: Page) {
  return page.getByRole('search', { name: 'Find and replace' });
}

function count(page: Page) {
  return bar(page).locator('.find-count');
}

/** How many ranges a named CSS highlight holds (what the translator sees lit). */
function highlighted(page: Page, name: string): Promise<number> {
  return page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, name);
}

async function articleText(page: Page): Promise<string> {
  return (await editor(page).textContent()) ?? '';
}

test.describe('find and replace', () => {
  test('Ctrl+F finds with match case, whole word and regular expressions, walks the matches and lights them', async ({ page }) => {
    await openGlossa(page);
    await editor(page).focus();
    await page.keyboard.press('Control+f');
    const find = bar(page).getByLabel('Find', { exact: true });
    await expect(find).toBeFocused();

    const before = await articleText(page);
    await page.keyboard.type('Zheng Zhajie');
    // Every key typed right after the shortcut went into the field, none into the article.
    await expect(find).toHaveValue('Zheng Zhajie');
    expect(await articleText(page)).toBe(before);
    await expect(count(page)).toHaveText('1 of 3');
    await expect.poll(() => highlighted(page, 'find-match')).toBe(3);
    await expect.poll(() => highlighted(page, 'find-current')).toBe(1);
    await page.keyboard.press('Enter');
    await expect(count(page)).toHaveText('2 of 3');
    await page.keyboard.press('F3');
    await expect(count(page)).toHaveText('3 of 3');
    await page.keyboard.press('Enter');
    await expect(count(page)).toHaveText('1 of 3');
    await page.keyboard.press('Shift+Enter');
    await expect(count(page)).toHaveText('3 of 3');

    // Case and whole words: "province" ×5, "Province" ×2, "provincial" never.
    await find.fill('province');
    await expect(count(page)).toHaveText('1 of 7');
    await bar(page).getByLabel('Match case').check();
    await expect(count(page)).toHaveText('1 of 5');
    await find.fill('provinc');
    await expect(count(page)).not.toHaveText('No matches');
    await bar(page).getByLabel('Whole word').check();
    await expect(count(page)).toHaveText('No matches');

    // A regular expression, and one that is not valid: said, not thrown.
    await bar(page).getByLabel('Whole word').uncheck();
    await bar(page).getByLabel('Regular expression').check();
    await find.fill('Zheng [SZ]hajie');
    await expect(count(page)).toHaveText('1 of 4');
    await find.fill('Zheng (');
    await expect(bar(page).getByRole('alert')).toContainText('Not a valid regular expression');

    // Esc closes the bar, clears the lights and gives the article back the keyboard.
    await find.press('Escape');
    await expect(bar(page)).toHaveCount(0);
    await expect(editor(page)).toBeFocused();
    await expect.poll(() => highlighted(page, 'find-match')).toBe(0);
  });

  test('Ctrl+H replaces one match, then all of them in one undo step, with $1 in regular-expression mode', async ({ page }) => {
    await openGlossa(page);
    await editor(page).focus();
    await page.keyboard.press('Control+h');
    await page.keyboard.type('Zheng Zhajie');
    await expect(bar(page).getByLabel('Find', { exact: true })).toHaveValue('Zheng Zhajie');
    await bar(page).getByLabel('Replace with').focus();
    await page.keyboard.type('Zheng Shajie');
    await expect(count(page)).toHaveText('1 of 3');

    // Enter in Replace with: the current match is replaced and the next becomes current.
    await page.keyboard.press('Enter');
    await expect(count(page)).toHaveText('1 of 2');
    expect((await articleText(page)).match(/Zheng Zhajie/g)).toHaveLength(2);

    // Replace all, then one Ctrl+Z in the article puts every one back.
    await bar(page).getByRole('button', { name: 'Replace all' }).click();
    await expect(count(page)).toHaveText('No matches');
    expect(await articleText(page)).not.toContain('Zheng Zhajie');
    await expect(page.getByRole('status').filter({ hasText: 'Replaced 2 matches' })).toBeVisible();
    await editor(page).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await articleText(page)).match(/Zheng Zhajie/g)?.length ?? 0).toBe(2);

    // Regular expression with a group: "60th" → "No. 60" everywhere.
    await page.keyboard.press('Control+h');
    await bar(page).getByLabel('Regular expression').check();
    await bar(page).getByLabel('Find', { exact: true }).fill('(\\d+)th executive meeting');
    await bar(page).getByLabel('Replace with').fill('executive meeting No. $1');
    await expect(count(page)).toHaveText(/of [1-9]/);
    await bar(page).getByLabel('Replace with').press('Control+Enter');
    await expect(count(page)).toHaveText('No matches');
    expect(await articleText(page)).toContain('executive meeting No. 60');
    expect(await articleText(page)).not.toContain('60th executive meeting');
    await waitForSaved(page);
    await page.reload();
    await expect(editor(page)).toContainText('executive meeting No. 60');
  });

  test('Fix all from a name-variant finding writes the usual spelling over every variant, and the checks then find none', async ({ page }) => {
    await openGlossa(page);
    await page.getByRole('button', { name: 'Review panel' }).click();
    const queue = page.getByRole('complementary', { name: 'Review panel' }).getByRole('list', { name: 'Review queue' });
    const variant = queue.locator('.queue-entry').filter({ hasText: '“Zheng Shajie”' });
    await expect(variant).toHaveCount(1);
    await variant.getByRole('button').first().focus();
    const fixAll = variant.getByRole('button', { name: /^Fix all 1 → “Zheng Zhajie”/ });
    await fixAll.focus();
    await page.keyboard.press('Enter');

    expect(await articleText(page)).not.toContain('Zheng Shajie');
    expect((await articleText(page)).match(/Zheng Zhajie/g)).toHaveLength(4);
    // The checks run again once the edit settles: no name variant is left to report.
    await expect(variant).toHaveCount(0);
    await expect(queue.locator('.queue-entry').filter({ hasText: /“Zheng \w+” is spelled/ })).toHaveCount(0);
    await expect(queue.locator('.queue-entry').first()).toBeVisible();

    // One undo step in the article takes it back, and the finding returns.
    await editor(page).focus();
    await page.keyboard.press('Control+z');
    await expect(editor(page)).toContainText('Zheng Shajie');
    await expect(variant).toHaveCount(1);
  });

  test('in a bilingual document the source can be searched too, find only', async ({ page }) => {
    await openGlossa(page);
    const { xliff12 } = bilingualFixtures(24);
    await importThroughDialog(page, [{ name: 'newstest2021.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xliff12) }]);
    await expect(editor(page).locator('.segment-source').first()).toContainText('新华');
    const sources = await editor(page).locator('.segment-source').allTextContents();
    const expected = sources.join('\n').split('新华').length - 1;
    expect(expected).toBeGreaterThan(0);

    await editor(page).focus();
    await page.keyboard.press('Control+h');
    await page.keyboard.type('新华');
    await bar(page).getByLabel('Search in').selectOption('source');
    await expect(count(page)).toHaveText(`1 of ${expected}`);
    await expect.poll(() => highlighted(page, 'find-match')).toBe(expected);
    await expect(bar(page).getByRole('button', { name: 'Replace all' })).toBeDisabled();
    await expect(bar(page).getByText('The source is read-only')).toBeVisible();
    // Back to the target: the Chinese is not there.
    await bar(page).getByLabel('Search in').selectOption('target');
    await expect(count(page)).toHaveText('No matches');
  });
});

