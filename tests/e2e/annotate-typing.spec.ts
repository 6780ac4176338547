import { test, expect } from '@playwright/test';
import { cardFor, dragOverWords, editor, openCard, openGlossa } from './fixtures';

/** A fast typist: 40 ms a key, starting the moment the shortcut is pressed. */
const KEY_DELAY_MS = 40;

test.describe('annotating at typing speed', () => {
  for (const [shortcut, quote, note] of [
    ['Control+Alt+M', 'driving nails', 'Idiom: means perseverance, keep it.'],
    ['Control+Alt+F', 'Zheng Shajie', 'Name spelled two ways in this article.'],
    ['Control+Alt+G', 'double growth', 'Calque; agree a glossary entry.'],
    ['Control+Alt+Q', 'abbreviated projects', 'Short-term projects, or small ones?'],
  ] as const) {
    test(`${shortcut} then typing at once: every key in the card, none in the article ("${quote}")`, async ({ page }) => {
      await openGlossa(page);
      const paragraph = editor(page).locator('p', { hasText: quote }).first();
      const before = await paragraph.textContent();
      await dragOverWords(page, quote);
      await page.keyboard.press(shortcut);
      await page.keyboard.type(note, { delay: KEY_DELAY_MS });

      const card = cardFor(page, quote);
      await expect(card.locator('textarea')).toHaveValue(note);
      await expect(card.locator('textarea')).toBeFocused();
      await expect(editor(page).locator('p', { hasText: quote }).first()).toHaveText(before!);
      await expect(editor(page).locator('mark', { hasText: quote })).toHaveCount(1);

      // And it was stored: a reload brings back the note and the untouched article.
      await page.waitForTimeout(1200);
      await page.reload();
      await expect((await openCard(cardFor(page, quote))).locator('textarea')).toHaveValue(note);
      await expect(editor(page).locator('p', { hasText: quote }).first()).toHaveText(before!);
    });
  }

  test('the toolbar button then typing at once', async ({ page }) => {
    await openGlossa(page);
    const quote = 'driving nails';
    const before = await editor(page).locator('p', { hasText: quote }).first().textContent();
    await dragOverWords(page, quote);
    await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: /^Note/ }).click();
    await page.keyboard.type('Typed straight after the click.', { delay: KEY_DELAY_MS });
    await expect(cardFor(page, quote).locator('textarea')).toHaveValue('Typed straight after the click.');
    await expect(editor(page).locator('p', { hasText: quote }).first()).toHaveText(before!);
  });

  test('a preferred translation typed, then Tab and Enter on Add to glossary, is in the glossary', async ({ page }) => {
    await openGlossa(page);
    const quote = 'superministerial + plan system';
    await dragOverWords(page, quote);
    await page.keyboard.press('Control+Alt+G');
    const card = cardFor(page, quote);
    await card.getByLabel('Preferred translation').click();
    await page.keyboard.type('super-ministry system', { delay: KEY_DELAY_MS });
    // Tab moves to Add to glossary; Enter presses it, well inside the draft's save delay.
    await page.keyboard.press('Tab');
    await expect(card.getByRole('button', { name: 'Add to glossary' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card.getByRole('button', { name: 'Open in glossary' })).toBeVisible();
    await expect(card.getByLabel('Preferred translation')).toHaveValue('super-ministry system');

    await page.keyboard.press('Control+Shift+G');
    const glossary = page.getByRole('main', { name: 'Glossary' });
    const entry = glossary.getByRole('grid', { name: 'Terms' }).getByRole('row').filter({ hasText: quote });
    await expect(entry).toContainText('super-ministry system');
  });
});
