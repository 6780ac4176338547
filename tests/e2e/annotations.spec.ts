import { test, expect, type Page } from '@playwright/test';
import { cardFor, cardOffsetFromMark, cards, editor, openCard, openGlossa, selectInArticle } from './fixtures';

async function annotate(page: Page, quote: string, how: 'Term' | 'Flag' | 'Note' | 'Query' | string, body: string) {
  await selectInArticle(page, quote);
  if (how.includes('+')) await page.keyboard.press(how);
  else await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: new RegExp(`^${how}`) }).click();
  const card = cardFor(page, quote);
  await expect(card).toBeVisible();
  // The new card opens with focus in its body.
  await expect(card.locator('textarea')).toBeFocused();
  await page.keyboard.type(body);
  return card;
}

async function idOf(page: Page, quote: string): Promise<string> {
  return (await cardFor(page, quote).getAttribute('data-annotation-id'))!;
}

test.describe('annotations', () => {
  test('creates each kind from the toolbar and the keyboard; they survive a reload', async ({ page }) => {
    await openGlossa(page);
    await annotate(page, 'superministerial + plan system', 'Term', 'Calque: agree a glossary entry.');
    await annotate(page, 'Zheng Shajie', 'Control+Alt+F', 'Name spelled two ways.');
    await annotate(page, 'driving nails', 'Control+Alt+M', 'Idiom: means perseverance.');
    await annotate(page, 'abbreviated projects', 'Control+Alt+Q', 'Does the client mean short-term projects?');
    await expect(cards(page)).toHaveCount(4);
    for (const [quote, kind] of [
      ['superministerial + plan system', 'term'],
      ['Zheng Shajie', 'flag'],
      ['driving nails', 'note'],
      ['abbreviated projects', 'query'],
    ] as const) {
      await expect(editor(page).locator(`mark[data-kind="${kind}"]`, { hasText: quote })).toHaveCount(1);
    }
    await page.waitForTimeout(600); // card body saves 400 ms after typing stops
    await page.reload();
    await expect(cards(page)).toHaveCount(4);
    await expect((await openCard(cardFor(page, 'driving nails'))).locator('textarea')).toHaveValue('Idiom: means perseverance.');
    await expect(editor(page).locator('mark[data-kind="query"]')).toHaveText('abbreviated projects');
  });

  test('cards sit at the height of their marks, and follow edits above, inside and below', async ({ page }) => {
    await openGlossa(page);
    await annotate(page, 'Zheng Shajie', 'Note', 'first');
    await annotate(page, 'driving nails', 'Note', 'second');
    await page.keyboard.press('Escape');
    const first = await idOf(page, 'Zheng Shajie');
    const second = await idOf(page, 'driving nails');
    for (const id of [first, second]) await expect.poll(async () => Math.abs(await cardOffsetFromMark(page, id))).toBeLessThan(16);

    // Edit above: a new paragraph near the top pushes everything down; cards follow.
    await editor(page).locator('p', { hasText: 'Source: Zhejiang News' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('A new paragraph typed above the annotations, long enough to wrap onto a second line of the article.');
    // Inside: typing within the marked words keeps the mark around them.
    await selectInArticle(page, 'nails');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('hard ');
    await expect(editor(page).locator(`mark[data-annotation-ids~="${second}"]`)).toContainText('driving hard nails');
    // Below: text after the mark does not disturb it.
    // Control+End: the end of the article (End alone stops at the end of the visual line).
    await editor(page).locator('p').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' The end.');
    await expect(editor(page).locator('p').last()).toHaveText(/ The end\.$/);
    await expect.poll(async () => Math.abs(await cardOffsetFromMark(page, first))).toBeLessThan(16);
    await expect.poll(async () => Math.abs(await cardOffsetFromMark(page, second))).toBeLessThan(16);

    // A narrower window reflows the text; cards stay beside their words.
    await page.setViewportSize({ width: 1150, height: 800 });
    await expect.poll(async () => Math.abs(await cardOffsetFromMark(page, second))).toBeLessThan(16);

    await page.waitForTimeout(800);
    await page.reload();
    await expect(editor(page).locator(`mark[data-annotation-ids~="${second}"]`)).toContainText('driving hard nails');
    await expect(cards(page)).toHaveCount(2);
  });

  test('overlapping annotations keep both marks, and colliding cards do not overlap', async ({ page }) => {
    await openGlossa(page);
    await annotate(page, 'Governor Zheng Zhajie', 'Note', 'outer');
    await annotate(page, 'Zheng Zhajie presided', 'Flag', 'inner');
    const outer = await idOf(page, 'Governor Zheng Zhajie');
    const inner = await idOf(page, 'Zheng Zhajie presided');
    await expect(editor(page).locator(`mark[data-annotation-ids~="${outer}"][data-annotation-ids~="${inner}"]`)).toHaveText('Zheng Zhajie');
    const boxes = await Promise.all([outer, inner].map((id) => page.locator(`.annotation-card[data-annotation-id="${id}"]`).boundingBox()));
    const [a, b] = boxes.sort((x, y) => x!.y - y!.y);
    expect(a!.y + a!.height).toBeLessThanOrEqual(b!.y + 1);
    await page.waitForTimeout(600);
    await page.reload();
    await expect(cards(page)).toHaveCount(2);
    await expect(editor(page).locator(`mark[data-annotation-ids~="${outer}"][data-annotation-ids~="${inner}"]`)).toHaveText('Zheng Zhajie');
  });

  test('undo removes a new annotation and redo brings it back', async ({ page }) => {
    await openGlossa(page);
    await annotate(page, 'double growth', 'Term', 'keep');
    await annotate(page, 'vehicle inspection', 'Note', '');
    await expect(cards(page)).toHaveCount(2);
    await editor(page).focus();
    await page.keyboard.press('Control+z');
    await expect(cards(page)).toHaveCount(1);
    await expect(editor(page).locator('mark', { hasText: 'vehicle inspection' })).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(cards(page)).toHaveCount(2);
    await expect(editor(page).locator('mark', { hasText: 'vehicle inspection' })).toHaveCount(1);
  });

  test('deleting the annotated words makes an orphan; undo re-anchors it; delete from the card can be undone', async ({ page }) => {
    await openGlossa(page);
    await annotate(page, 'Zheng Shajie', 'Flag', 'misspelt name');
    await page.keyboard.press('Escape');
    await selectInArticle(page, 'Zheng Shajie hosted');
    await page.keyboard.press('Backspace');
    const orphans = page.getByRole('group').filter({ hasText: 'lost its words' });
    await expect(page.getByText('1 annotation lost its words')).toBeVisible();
    await expect(page.locator('.orphan-cards .annotation-card')).toContainText('misspelt');
    await page.waitForTimeout(600);
    await page.reload();
    await expect(page.getByText('1 annotation lost its words')).toBeVisible();
    void orphans;

    await editor(page).focus();
    await page.keyboard.press('Control+z');
    // After a reload the history is gone: the orphan stays listed until deleted.
    await page.locator('.orphan-cards').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('lost its words')).toHaveCount(0);
  });

  test('undo brings back the words and the annotation together', async ({ page }) => {
    await openGlossa(page);
    await annotate(page, 'Zheng Shajie', 'Flag', 'misspelt name');
    await page.keyboard.press('Escape');
    await selectInArticle(page, 'Zheng Shajie hosted');
    await page.keyboard.press('Backspace');
    await expect(page.getByText('1 annotation lost its words')).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(page.getByText('lost its words')).toHaveCount(0);
    await expect(cardFor(page, 'Zheng Shajie')).toBeVisible();

    await cardFor(page, 'Zheng Shajie').getByRole('button', { name: 'Delete' }).click();
    await expect(cards(page)).toHaveCount(0);
    await expect(editor(page).locator('mark')).toHaveCount(0);
    await editor(page).focus();
    await page.keyboard.press('Control+z');
    await expect(cardFor(page, 'Zheng Shajie')).toBeVisible();
    await expect(cardFor(page, 'Zheng Shajie').locator('textarea')).toHaveValue('misspelt name');
  });

  test('cards: resolve, reopen, reply, suggestion; panel filters and jumps; JSON-LD export', async ({ page }) => {
    await openGlossa(page);
    await annotate(page, 'Zheng Shajie', 'Flag', 'misspelt name');
    const flag = cardFor(page, 'Zheng Shajie');
    await flag.getByLabel('Suggested fix').fill('Zheng Zhajie');
    await flag.getByRole('textbox', { name: 'Reply' }).fill('Agreed, fix it.');
    await flag.getByRole('textbox', { name: 'Reply' }).press('Enter');
    await expect(flag.getByRole('list', { name: 'Replies' })).toContainText('Agreed, fix it.');
    // A reply has its time, in the locale's own format; its author can edit and delete it (with Undo).
    await expect(flag.getByRole('list', { name: 'Replies' }).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    await flag.getByRole('button', { name: /Edit your reply/ }).click();
    await flag.getByRole('textbox', { name: 'Edit reply' }).fill('Agreed, fix the name.');
    await flag.getByRole('textbox', { name: 'Edit reply' }).press('Enter');
    await expect(flag.getByRole('list', { name: 'Replies' })).toContainText('Agreed, fix the name.');
    await expect(flag.getByRole('list', { name: 'Replies' })).toContainText('edited');
    await flag.getByRole('button', { name: /Delete your reply/ }).click();
    await expect(flag.getByRole('list', { name: 'Replies' })).toHaveCount(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(flag.getByRole('list', { name: 'Replies' })).toContainText('Agreed, fix the name.');
    await flag.getByRole('button', { name: 'Accept' }).click();
    await expect(flag.locator('.card-status')).toHaveText('Accepted');
    await flag.getByRole('button', { name: 'Reopen' }).click();
    await expect(flag.locator('.card-status')).toHaveText('Open');
    await annotate(page, 'abbreviated projects', 'Query', 'short-term?');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Annotations panel' }).click();
    const panel = page.getByRole('complementary', { name: 'Annotations panel' });
    await expect(panel.getByRole('list', { name: 'Annotation list' }).getByRole('button')).toHaveCount(2);
    await panel.getByLabel('Kind').selectOption('query');
    await expect(panel.getByRole('list', { name: 'Annotation list' }).getByRole('button')).toHaveCount(1);
    await panel.getByLabel('Kind').selectOption('all');
    await panel.getByRole('searchbox', { name: 'Search annotations' }).fill('misspelt');
    await panel.getByRole('list', { name: 'Annotation list' }).getByRole('button').click();
    await expect(editor(page).locator('mark.is-active')).toHaveText('Zheng Shajie');

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export JSON-LD' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const collection = JSON.parse(readFileSync(file, 'utf8'));
    expect(collection.type).toBe('AnnotationCollection');
    const items = collection.first.items as Array<Record<string, unknown>>;
    const flagItem = items.find((item) => item.motivation === 'assessing') as { target: { selector: Array<{ type: string; exact?: string }> } };
    expect(flagItem.target.selector.find((selector) => selector.type === 'TextQuoteSelector')?.exact).toBe('Zheng Shajie');
  });

  test('cut and paste inside the article keeps the annotation', async ({ page }) => {
    await openGlossa(page);
    await annotate(page, 'driving nails', 'Note', 'idiom');
    await page.keyboard.press('Escape');
    const id = await idOf(page, 'driving nails');
    await selectInArticle(page, 'in the spirit of driving nails');
    await page.keyboard.press('Control+x');
    await expect(page.getByText('1 annotation lost its words')).toBeVisible();
    await selectInArticle(page, 'Source: Zhejiang News');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(' ');
    await page.keyboard.press('Control+v');
    await expect(editor(page).locator('p', { hasText: 'Source: Zhejiang News' }).locator(`mark[data-annotation-ids~="${id}"]`)).toHaveText(
      'driving nails',
    );
    await expect(page.getByText('lost its words')).toHaveCount(0);
    await expect(cardFor(page, 'driving nails')).toBeVisible();
    await expect.poll(async () => Math.abs(await cardOffsetFromMark(page, id))).toBeLessThan(16);
  });

  test('the annotated HTML export holds the article, the marks and the notes', async ({ page }) => {
    await openGlossa(page);
    await annotate(page, 'Zheng Shajie', 'Flag', 'Name <b>spelled</b> two ways');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: 'Annotations panel' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export HTML' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/\.annotated\.html$/);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(await saved.path(), 'utf8');
    const report = await page.context().newPage();
    await report.setContent(html);
    await expect(report.locator('mark', { hasText: 'Zheng Shajie' })).toHaveCount(1);
    // The note's markup is shown as text, never run.
    await expect(report.getByText('Name <b>spelled</b> two ways')).toBeVisible();
    await expect(report.locator('script')).toHaveCount(0);
    await expect(report.locator('body')).toContainText('Governor Zheng Zhajie presided.');
  });
});
