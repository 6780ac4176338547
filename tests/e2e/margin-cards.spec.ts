import { test, expect, type Page } from '@playwright/test';
import { cardFor, cardOffsetFromMark, cards, editor, openGlossa, selectInArticle } from './fixtures';

// Issue 15, items 5 and 6: inactive cards of every kind are a short summary and one Tab stop;
// arrows go from card to card, Enter opens one at its text; the active card sits level with its
// words or a connector joins them; a glossary term's entry opens for the caret as for the pointer.

async function annotate(page: Page, quote: string, kind: string, body: string): Promise<void> {
  await selectInArticle(page, quote);
  await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: new RegExp(`^${kind}`) }).click();
  await expect(cardFor(page, quote).locator('textarea')).toBeFocused();
  await page.keyboard.type(body);
}

/** The caret in a paragraph with no annotation: no card is active. */
async function caretAwayFromNotes(page: Page): Promise<void> {
  await selectInArticle(page, 'Provincial government held the 60th');
  await page.keyboard.press('ArrowLeft');
}

test('inactive cards are summaries, one Tab stop each; arrows move between them and Enter opens one at its text', async ({ page }) => {
  await openGlossa(page);
  await annotate(page, 'Zheng Shajie', 'Flag', 'misspelt name');
  await cardFor(page, 'Zheng Shajie').getByLabel('Severity').selectOption('major');
  await page.keyboard.press('Escape');
  await annotate(page, 'driving nails', 'Note', 'an idiom: perseverance');
  await page.keyboard.press('Escape');
  await annotate(page, 'vehicle inspection', 'Query', 'which inspection?');
  await page.keyboard.press('Escape');
  await caretAwayFromNotes(page);

  // Every kind collapses: no fields, only what the note says.
  await expect(cards(page)).toHaveCount(3);
  await expect(cards(page).locator('textarea, select, input, button')).toHaveCount(0);
  const flag = cardFor(page, 'Zheng Shajie');
  await expect(flag).toContainText('misspelt name');
  await expect(flag).toContainText('Major');
  await expect(cardFor(page, 'vehicle inspection')).toContainText('which inspection?');
  const height = (await flag.boundingBox())!.height;
  expect(height).toBeLessThan(110);

  // One Tab stop per card, top to bottom, and the arrows walk the same way.
  // (The query's words come before the note's in the article.)
  const order = ['Zheng Shajie', 'vehicle inspection', 'driving nails'];
  await cardFor(page, order[0]).focus();
  await page.keyboard.press('Tab');
  await expect(cardFor(page, order[1])).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cardFor(page, order[2])).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cardFor(page, order[1])).toBeFocused();
  await page.keyboard.press('Home');
  await expect(cardFor(page, order[0])).toBeFocused();
  await page.keyboard.press('End');
  await expect(cardFor(page, order[2])).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(flag).toBeFocused();
  // Focus alone does not open a card (Tab would otherwise walk through every field).
  await expect(flag.locator('textarea')).toHaveCount(0);

  // Enter opens it at its text; Esc goes back to its words, and it closes again once the caret leaves.
  await page.keyboard.press('Enter');
  await expect(flag.locator('textarea')).toBeFocused();
  await expect(flag.locator('textarea')).toHaveValue('misspelt name');
  await expect(flag.getByLabel('Severity')).toHaveValue('major');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeFocused();
  await caretAwayFromNotes(page);
  await expect(flag.locator('textarea')).toHaveCount(0);

  // A click opens one too.
  await cardFor(page, 'driving nails').click();
  await expect(cardFor(page, 'driving nails').locator('textarea')).toHaveValue('an idiom: perseverance');
});

test('the active card sits level with its words, or a connector joins them when the cards above keep it lower', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openGlossa(page);
  const quotes = ['[ad_1]', 'Original title', 'Provincial government holds', '60th executive', 'chaired by', 'Zheng Zhajie', 'Source', 'Zhejiang News'];
  for (const quote of quotes) {
    await annotate(page, quote, 'Flag', 'x');
    await page.keyboard.press('Escape');
  }
  const idOf = async (quote: string) => (await cardFor(page, quote).getAttribute('data-annotation-id'))!;
  const connector = page.getByTestId('card-connector');

  // The first card has room beside its words: no connector.
  await selectInArticle(page, '[ad_1]');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(cardFor(page, '[ad_1]')).toHaveClass(/is-active/);
  const first = await idOf('[ad_1]');
  await expect.poll(async () => Math.abs(await cardOffsetFromMark(page, first))).toBeLessThan(12);
  await expect(connector).toHaveCount(0);

  // Seven cards above the last one's words: it sits below them, and the connector runs from
  // its words' line to the card.
  const last = await idOf('Zhejiang News');
  await selectInArticle(page, 'Zhejiang News');
  await page.keyboard.press('ArrowRight');
  await expect(cardFor(page, 'Zhejiang News')).toHaveClass(/is-active/);
  await expect.poll(() => cardOffsetFromMark(page, last)).toBeGreaterThan(40);
  await expect(connector).toHaveCount(1);
  const ends = await page.evaluate((id) => {
    const mark = document.querySelector(`mark[data-annotation-ids~="${id}"]`)!.getBoundingClientRect();
    const card = document.querySelector(`.annotation-card[data-annotation-id="${id}"]`)!.getBoundingClientRect();
    const svg = document.querySelector('[data-testid="card-connector"]') as SVGSVGElement;
    const path = svg.querySelector('path')!;
    const box = svg.getBoundingClientRect();
    const length = path.getTotalLength();
    const start = path.getPointAtLength(0);
    const end = path.getPointAtLength(length);
    return { mark, card, start: { x: box.left + start.x, y: box.top + start.y }, end: { x: box.left + end.x, y: box.top + end.y } };
  }, last);
  // It starts on the words' line at the article's edge and ends on the card's edge.
  expect(ends.start.y).toBeGreaterThanOrEqual(ends.mark.top);
  expect(ends.start.y).toBeLessThanOrEqual(ends.mark.bottom + 4);
  expect(ends.end.y).toBeGreaterThan(ends.card.top);
  expect(ends.end.y).toBeLessThan(ends.card.bottom);
  expect(Math.abs(ends.end.x - ends.card.left)).toBeLessThan(3);
});

test('a glossary term shows its entry when the caret rests in it, and Esc hides it', async ({ page }) => {
  await openGlossa(page);
  await selectInArticle(page, 'Longgang');
  await page.keyboard.press('Control+Alt+G');
  const card = cardFor(page, 'Longgang');
  await card.getByRole('button', { name: 'Add to glossary' }).click();
  await expect(card.getByRole('button', { name: 'Open in glossary' })).toBeVisible();
  await page.keyboard.press('Escape');
  const tooltip = page.getByRole('tooltip');
  await caretAwayFromNotes(page);
  await expect(tooltip).toHaveCount(0);

  // From the keyboard alone: the caret into another occurrence of the term, lit from the glossary.
  await selectInArticle(page, 'Longgang', 3);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Longgang');
  // A screen reader hears it as the description of where the caret is.
  const tooltipId = await tooltip.getAttribute('id');
  await expect(editor(page)).toHaveAttribute('aria-describedby', new RegExp(`\\b${tooltipId}\\b`));
  const [caret, box] = await Promise.all([
    page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().bottom),
    tooltip.boundingBox(),
  ]);
  // Just below the line the caret is on, not where the pointer happens to be.
  expect(box!.y).toBeGreaterThanOrEqual(caret);
  expect(box!.y).toBeLessThan(caret + 20);

  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await expect(editor(page)).not.toHaveAttribute('aria-describedby', new RegExp(tooltipId!));
  await page.keyboard.press('ArrowRight');
  await caretAwayFromNotes(page);
  await expect(tooltip).toHaveCount(0);
});
