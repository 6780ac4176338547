import { test, expect, type Page } from '@playwright/test';
import { cardFor, editor, openGlossa, selectInArticle } from './fixtures';
import { readFileSync } from 'node:fs';

interface Selector {
  type: string;
  exact?: string;
  start?: number;
  end?: number;
}

async function exportedNoteSelectors(page: Page): Promise<Selector[]> {
  const panel = page.getByRole('complementary', { name: 'Annotations panel' });
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export JSON-LD' }).click();
  const collection = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const items = collection.first.items as Array<{ motivation: string; target: { selector: Selector[] } }>;
  const note = items.find((item) => item.motivation === 'commenting');
  expect(note, 'the note is in the export').toBeTruthy();
  return note!.target.selector;
}

const position = (selectors: Selector[]) => selectors.find((selector) => selector.type === 'TextPositionSelector')!;
const quote = (selectors: Selector[]) => selectors.find((selector) => selector.type === 'TextQuoteSelector')!;

test('an export right after an edit has offsets that match the edited text', async ({ page }) => {
  await openGlossa(page);
  await selectInArticle(page, 'driving nails');
  await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: /^Note/ }).click();
  await expect(cardFor(page, 'driving nails').locator('textarea')).toBeFocused();
  await page.keyboard.type('Idiom: means perseverance.');
  await page.getByRole('button', { name: 'Annotations panel' }).click();

  const before = await exportedNoteSelectors(page);
  expect(quote(before).exact).toBe('driving nails');

  // Words typed at the very start shift every offset after them.
  const inserted = 'Edited. ';
  await editor(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(inserted);
  await page.waitForTimeout(100); // well inside the 500 ms the selectors wait before they are stored
  const after = await exportedNoteSelectors(page);

  expect(quote(after).exact).toBe('driving nails');
  expect(position(after).start).toBe(position(before).start! + inserted.length);
  expect(position(after).end).toBe(position(before).end! + inserted.length);
});
