import { test, expect } from '@playwright/test';
import { cardFor, editor, openGlossa, selectInArticle } from './fixtures';

// Keyboard paths (issue 15, item 6): words → card → words, the glossary takes focus when it opens,
// and the title's rename button shows a focus ring.

test('Ctrl+Alt+K goes from the words under the caret to their card, and Esc comes back', async ({ page }) => {
  await openGlossa(page);
  await selectInArticle(page, 'superministerial');
  await page.keyboard.press('Control+Alt+M');
  const card = cardFor(page, 'superministerial');
  await expect(card.locator('textarea').first()).toBeFocused();
  await page.keyboard.type('A calque of 大部制.');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeFocused();

  // The caret in the marked word, then the shortcut: the card's text has focus.
  await page.keyboard.press('ArrowLeft');
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  await page.keyboard.press('Control+Alt+K');
  await expect.poll(() => card.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeFocused();

  // Outside any mark it says why nothing happened.
  await editor(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Alt+K');
  await expect(page.getByRole('status').filter({ hasText: 'The caret is not in annotated words' })).toBeVisible();
});

test('the glossary view takes focus when it opens, and the title button shows a focus ring', async ({ page }) => {
  await openGlossa(page);
  await selectInArticle(page, 'superministerial');
  await page.keyboard.press('Control+Alt+G');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+G');
  await expect(page.getByRole('main', { name: 'Glossary' }).getByRole('searchbox', { name: 'Search terms' })).toBeFocused();
  await page.keyboard.press('Escape');

  const title = page.getByRole('main', { name: 'Article' }).locator('.article-title button');
  await page.keyboard.press('Shift');
  await title.focus();
  const outline = await title.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
});

test('Alt+F10 takes the keyboard to the annotation toolbar, arrows move along it, and it hides while a card has the keyboard', async ({ page }) => {
  await openGlossa(page);
  await selectInArticle(page, 'driving nails');
  const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('Alt+F10');
  await expect(toolbar.getByRole('button', { name: /^Term/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: /^Flag/ })).toBeFocused();
  // Esc goes back to the words, still selected.
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeFocused();
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('Alt+F10');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const card = cardFor(page, 'driving nails');
  await expect(card.getByText('Flag', { exact: true })).toBeVisible();
  // Typing in the new card: the toolbar is not over anything.
  await expect.poll(() => card.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await expect(toolbar).toHaveCount(0);
});
