import { test, expect } from '@playwright/test';
import { editor, openGlossa, selectInArticle, waitForSaved } from './fixtures';

test.describe('article', () => {
  test('an edit is saved automatically and is still there after a reload', async ({ page }) => {
    await openGlossa(page);
    await selectInArticle(page, 'Zheng Zhajie presided.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(' Edited by the reviewer.');
    await waitForSaved(page);
    await page.reload();
    await expect(editor(page)).toContainText('Governor Zheng Zhajie presided. Edited by the reviewer.');
  });

  test('undo and redo work from the keyboard', async ({ page }) => {
    await openGlossa(page);
    const paragraph = editor(page).locator('p').first();
    await paragraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' XYZ');
    await expect(paragraph).toContainText('XYZ');
    await page.keyboard.press('Control+z');
    await expect(paragraph).not.toContainText('XYZ');
    await page.keyboard.press('Control+Shift+z');
    await expect(paragraph).toContainText('XYZ');
  });

  test('reopening restores the last document and where the reader was', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 400 });
    await openGlossa(page);
    const pane = page.getByRole('main', { name: 'Article' });
    await pane.evaluate((element) => element.scrollTo(0, 600));
    await page.waitForTimeout(700);
    await page.reload();
    await expect(editor(page)).toContainText('Governor Zheng Zhajie');
    await expect.poll(() => pane.evaluate((element) => Math.round(element.scrollTop))).toBeGreaterThan(500);
  });

  test('keyboard shortcuts and About are reachable', async ({ page }) => {
    await openGlossa(page);
    await page.keyboard.press('Control+/');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // About has no shortcut and the web app no menu: from the shortcuts, by keyboard.
    await page.keyboard.press('Control+/');
    const about = page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'About Glossa…' });
    await about.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'About Glossa' });
    await expect(dialog.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
    // What it runs on, as a bug report needs it: here the browser and its version.
    const version = await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '');
    await expect(dialog.locator('.about-runtime')).toHaveText([`Chrome${version}`]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
