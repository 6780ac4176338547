import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { cardFor, cards, editor, openCard, openGlossa, selectInArticle } from './fixtures';

const NOTES = [
  { quote: 'Zheng Shajie', kind: 'Flag', body: 'Name spelled two ways.' },
  { quote: 'double growth', kind: 'Term', body: 'Calque: agree a glossary entry.' },
  { quote: 'second half', kind: 'Note', body: 'Quotation marks are broken here.' },
] as const;

async function annotate(page: Page, quote: string, kind: string, body: string): Promise<void> {
  await selectInArticle(page, quote);
  await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: new RegExp(`^${kind}`) }).click();
  const card = cardFor(page, quote);
  await expect(card.locator('textarea')).toBeFocused();
  await page.keyboard.type(body);
}

function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Annotations panel' });
}

async function openPanel(page: Page): Promise<void> {
  if (!(await panel(page).isVisible())) await page.getByRole('button', { name: 'Annotations panel' }).click();
  await expect(panel(page)).toBeVisible();
}

async function importFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await openPanel(page);
  const chooser = page.waitForEvent('filechooser');
  await panel(page).getByRole('button', { name: 'Import JSON-LD…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/ld+json', buffer });
}

/** Each note's mark is in the article and its card, in the margin beside it, holds its text. */
async function expectNotesShown(page: Page): Promise<void> {
  for (const note of NOTES) {
    const mark = editor(page).locator('mark', { hasText: note.quote });
    await expect(mark).toHaveCount(1);
    await mark.scrollIntoViewIfNeeded();
    await expect((await openCard(cardFor(page, note.quote))).locator('textarea')).toHaveValue(note.body);
  }
}

/** The sample's annotations as Export JSON-LD downloads them. */
async function exportAnnotations(page: Page): Promise<Buffer> {
  await openPanel(page);
  const download = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Export JSON-LD' }).click();
  const saved = await download;
  return readFile((await saved.path())!);
}

test.describe('importing annotations', () => {
  test('an exported review comes back on a fresh copy of the article, once, and a broken file changes nothing', async ({ page, browser }) => {
    // Two profiles, three annotations made, four imports and a reload: far longer than the default
    // budget, not slower per step (it took 60 s on a loaded 2-core CI machine).
    test.setTimeout(120_000);
    await openGlossa(page);
    for (const note of NOTES) await annotate(page, note.quote, note.kind, note.body);
    const exported = await exportAnnotations(page);
    expect(JSON.parse(exported.toString('utf8')).total).toBe(NOTES.length);

    // A second profile: the sample imported afresh, with its own document id and no annotations.
    const context = await browser.newContext();
    const fresh = await context.newPage();
    try {
      await openGlossa(fresh);
      await expect(editor(fresh).locator('mark')).toHaveCount(0);

      await importFile(fresh, 'review.jsonld', exported);
      await expect(fresh.getByRole('status').filter({ hasText: 'Imported 3 annotations from review.jsonld.' })).toBeVisible();
      // Marks and cards at once, without a reload.
      await expectNotesShown(fresh);
      await expect(cards(fresh)).toHaveCount(NOTES.length);
      await expect(panel(fresh).getByRole('list', { name: 'Annotation list' }).getByRole('button')).toHaveCount(NOTES.length);

      // The same file again: nothing new.
      await importFile(fresh, 'review.jsonld', exported);
      await expect(fresh.getByRole('status').filter({ hasText: 'Imported no annotations from review.jsonld (3 already here were skipped).' })).toBeVisible();
      await expect(editor(fresh).locator('mark')).toHaveCount(NOTES.length);
      await expect(panel(fresh).getByRole('list', { name: 'Annotation list' }).getByRole('button')).toHaveCount(NOTES.length);

      // A damaged file is refused by name; the article and the annotations stay as they were.
      const before = await editor(fresh).innerHTML();
      await importFile(fresh, 'broken.jsonld', exported.subarray(0, Math.floor(exported.length / 2)));
      const refusal = fresh.getByRole('alert').filter({ hasText: '“broken.jsonld” was not imported: it is not JSON' });
      await expect(refusal).toBeVisible();
      // Errors stay until dismissed (and sit over the panel's buttons).
      await refusal.getByRole('button', { name: 'Dismiss message' }).click();
      await importFile(fresh, 'other.json', Buffer.from(JSON.stringify({ type: 'AnnotationCollection', first: { items: [] } })));
      await expect(fresh.getByRole('alert').filter({ hasText: '“other.json” was not imported: This is not a Web Annotation collection' })).toBeVisible();
      expect(await editor(fresh).innerHTML()).toBe(before);
      await expect(panel(fresh).getByRole('list', { name: 'Annotation list' }).getByRole('button')).toHaveCount(NOTES.length);

      await editor(fresh).locator('mark', { hasText: NOTES[0].quote }).scrollIntoViewIfNeeded();
      await fresh.screenshot({ path: '/tmp/annimport-import.png' });

      // They are stored: a reload brings back the marks and the cards.
      await fresh.reload();
      await expect(editor(fresh).locator('mark')).toHaveCount(NOTES.length);
      await expectNotesShown(fresh);
    } finally {
      await context.close();
    }
  });

  test('words that changed are placed and marked "needs check"; words that are gone become orphans', async ({ page }) => {
    await openGlossa(page);
    for (const note of NOTES) await annotate(page, note.quote, note.kind, note.body);
    const collection = JSON.parse((await exportAnnotations(page)).toString('utf8')) as {
      first: { items: Array<{ target: { selector: Array<{ type: string; exact?: string }> } }> };
    };
    // As if the review had been made on a slightly different translation.
    const quotes = collection.first.items.map((item) => item.target.selector.find((selector) => selector.type === 'TextQuoteSelector')!);
    quotes.find((quote) => quote.exact === 'double growth')!.exact = 'twofold growth';
    quotes.find((quote) => quote.exact === 'second half')!.exact = 'a sentence this article never had';
    // Delete the annotations here, then import the edited review.
    for (const note of NOTES) {
      const card = cardFor(page, note.quote);
      await editor(page).locator('mark', { hasText: note.quote }).scrollIntoViewIfNeeded();
      await (await openCard(card)).getByRole('button', { name: 'Delete' }).click();
      await expect(card).toHaveCount(0);
    }
    await expect(editor(page).locator('mark')).toHaveCount(0);

    await importFile(page, 'edited.jsonld', Buffer.from(JSON.stringify(collection)));

    await expect(page.getByRole('status').filter({ hasText: 'Imported 3 annotations from edited.jsonld (1 needs a check, 1 could not be placed).' })).toBeVisible();
    await expect(editor(page).locator('mark')).toHaveCount(2);
    const fuzzy = editor(page).locator('mark', { hasText: 'double growth' });
    await fuzzy.scrollIntoViewIfNeeded();
    await expect(cardFor(page, 'double growth')).toContainText('Needs check');
    // Undo does not reach back across the import (the deletions before it would take the new marks with them).
    await editor(page).focus();
    await page.keyboard.press('Control+z');
    await expect(editor(page).locator('mark')).toHaveCount(2);
    // The orphan is listed, not dropped.
    await expect(panel(page).getByRole('list', { name: 'Annotation list' }).getByRole('button')).toHaveCount(3);
    await expect(panel(page).getByRole('button', { name: /a sentence this article never had/ })).toContainText('words deleted');
  });
});
