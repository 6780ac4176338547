import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { xsdErrors } from '../../src/core/formats/xliff/validate.test-helper';
import { bilingualFixtures, corpusLines, XLIFF12_SCHEMA, XLIFF20_SCHEMA } from '../fixtures/bilingual';
import { axeViolations } from './axe';
import { cardFor, editor, importThroughDialog, libraryItems, openCard, openGlossa, selectInArticle, waitForSaved } from './fixtures';

const fixtures = bilingualFixtures(24);

function segment(page: Page, text: string) {
  return editor(page).locator('.segment').filter({ has: page.locator('.segment-target', { hasText: text }) });
}

async function download(page: Page, button: string | Locator): Promise<{ name: string; text: string }> {
  const event = page.waitForEvent('download');
  await (typeof button === 'string' ? page.getByRole('button', { name: button }) : button).click();
  const file = await event;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

const NOTES_AND_LOCK_XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="news.txt" source-language="zh-CN" target-language="en-US" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>新华社北京电</source><target state="translated">Xinhua News Agency, Beijing</target><note from="editor">Dateline: keep the agency name.</note></trans-unit>
      <trans-unit id="2" translate="no"><source>GLOSSA-ID-42</source><target>GLOSSA-ID-42</target></trans-unit>
      <trans-unit id="3"><source>新华社记者报道</source><target state="translated">A reporter of Xinhua reported</target></trans-unit>
    </body>
  </file>
</xliff>`;

const CASES = [
  { label: 'XLIFF 1.2', name: 'newstest2021.xlf', xml: fixtures.xliff12, schema: XLIFF12_SCHEMA, flagged: 'state="needs-review-translation"', edited: 'state="signed-off"' },
  { label: 'XLIFF 2.0', name: 'newstest2021-v2.xlf', xml: fixtures.xliff20, schema: XLIFF20_SCHEMA, flagged: 'subState="glossa:needs-review"', edited: 'state="reviewed"' },
] as const;

test.describe('bilingual review', () => {
  for (const { label, name, xml, schema, flagged, edited } of CASES) {
    test(`${label}: source beside target, an edit around a tag, a flag, a valid export, and the re-import has all three`, async ({ page }) => {
      await openGlossa(page);
      await importThroughDialog(page, [{ name, mimeType: 'application/xliff+xml', buffer: Buffer.from(xml) }]);
      await expect(libraryItems(page)).toHaveCount(2);
      await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 2 })).toContainText('newstest2021');

      // The source sits left of its target, on the same line.
      const first = editor(page).locator('.segment').first();
      const source = await first.locator('.segment-source').boundingBox();
      const target = await first.locator('.segment-target').boundingBox();
      expect(source && target && source.x + source.width <= target.x && Math.abs(source.y - target.y) < 4).toBe(true);
      await expect(first.locator('.segment-source')).toContainText('新华');
      // Source cells, tag tokens on both sides, and the segment blocks are axe-clean.
      expect(await axeViolations(page, 'main')).toEqual([]);

      // Ctrl+Alt+B hides the source column and brings it back.
      await editor(page).focus();
      await page.keyboard.press('Control+Alt+B');
      await expect(first.locator('.segment-source')).toBeHidden();
      await page.keyboard.press('Control+Alt+B');
      await expect(first.locator('.segment-source')).toBeVisible();

      // Type right after a tag: the tag stays whole, in place.
      const where = segment(page, 'to find talent');
      const tags = where.locator('.segment-target .inline-tag');
      const tagCount = await tags.count();
      expect(tagCount).toBeGreaterThanOrEqual(2);
      await selectInArticle(page, ' to find talent');
      await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(' to find talent');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);
      await page.keyboard.type(' exactly');
      // The close tag's token ("/1") is still between "Where" and the typed words.
      await expect(where.locator('.segment-target')).toHaveText(/Where\/1 exactly to find talent\?/);
      await expect(tags).toHaveCount(tagCount);
      // Backspace right after the tag steps over it instead of deleting it.
      await selectInArticle(page, ' exactly');
      await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(' exactly');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);
      // Lexical reads the caret on selectionchange, a task after the key: let it run, as a person's next key would.
      await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
      await page.keyboard.press('Backspace');
      await expect(tags).toHaveCount(tagCount);
      await expect(where.locator('.segment-target')).toHaveText(/Where\/1 exactly/);

      // Flag an error.
      await selectInArticle(page, 'indispensable force');
      await page.keyboard.press('Control+Alt+F');
      const card = cardFor(page, 'indispensable force');
      await expect(card.locator('textarea')).toBeFocused();
      await page.keyboard.type('Stiff: a force no one can do without.');
      await card.getByLabel('Severity').selectOption('major');
      await waitForSaved(page);

      // Export into the same XLIFF: valid against the official schema, with the edit, the tags, the flag and the states.
      const exported = await download(page, 'Export XLIFF…');
      expect(exported.name).toMatch(/\.reviewed\.xlf$/);
      expect(await xsdErrors(exported.text, schema.main, schema.preload)).toEqual([]);
      expect(exported.text).toContain('exactly to find talent?');
      expect(exported.text).toContain('locQualityIssueType="mistranslation"');
      expect(exported.text).toContain('locQualityIssueSeverity="60"');
      expect(exported.text).toContain('Stiff: a force no one can do without.');
      expect(exported.text).toContain(flagged);
      expect(exported.text).toContain(edited);

      // The review report shows the post-editing: the typed word as an insertion against the MT.
      await page.getByRole('button', { name: 'Review panel' }).click();
      const reviewPanel = page.getByRole('complementary', { name: 'Review panel' });
      // The source-against-target checks join the queue: the file's untranslated segments are there.
      const untranslated = reviewPanel.getByRole('list', { name: 'Review queue' }).locator('.queue-entry', { hasText: 'The target is empty' });
      await expect(untranslated.first()).toBeVisible();
      await expect(untranslated.first()).toContainText('(no words: an empty target)');
      const report = await download(page, reviewPanel.getByRole('button', { name: 'Report HTML' }));
      expect(report.text).toContain('id="post-editing"');
      expect(report.text).toMatch(/<ins>\s*exactly\s*<\/ins>|<ins>exactly<\/ins>/);
      expect(report.text).toMatch(/Segments changed<\/dt><dd>1 of \d+/);
      await page.getByRole('button', { name: 'Review panel' }).click();

      // Re-import: the edit, the tags around it and the flag (as a flag, not as tags) are all there.
      await importThroughDialog(page, [{ name: exported.name, mimeType: 'application/xliff+xml', buffer: Buffer.from(exported.text) }]);
      await expect(libraryItems(page)).toHaveCount(3);
      const again = segment(page, 'exactly to find talent?');
      await expect(again).toHaveCount(1);
      await expect(again.locator('.segment-target .inline-tag')).toHaveCount(tagCount);
      const reimported = cardFor(page, 'indispensable force');
      await expect(reimported).toContainText('Major');
      await expect((await openCard(reimported)).getByLabel('Severity')).toHaveValue('major');
      await expect(segment(page, 'indispensable force').locator('.segment-target .inline-tag')).toHaveCount(0);
    });
  }

  test('the source side shows the file’s notes, locks a segment not to translate, and lights glossary terms', async ({ page }) => {
  await openGlossa(page);
  await importThroughDialog(page, [{ name: 'notes.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(NOTES_AND_LOCK_XLIFF) }]);
  await expect(libraryItems(page)).toHaveCount(2);
  const segments = editor(page).locator('.segment');
  await expect(segments.nth(0).locator('.segment-notes')).toHaveText('editor: Dateline: keep the agency name.');
  const locked = segments.nth(1);
  await expect(locked).toHaveClass(/segment-locked/);
  await expect(locked.locator('.segment-source')).toContainText('Locked');
  await locked.locator('.segment-target').click({ force: true });
  await page.keyboard.type('zz');
  await expect(locked.locator('.segment-target')).toHaveText('GLOSSA-ID-42');
  // A term whose source is 新华社 is lit in both sources.
  await selectInArticle(page, 'Xinhua News Agency');
  await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: /^Term/ }).click();
  const card = cardFor(page, 'Xinhua News Agency');
  await card.getByRole('button', { name: 'Add to glossary' }).click();
  await card.getByLabel('Source term').fill('新华社');
  await card.getByLabel('Source term').press('Enter');
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('glossa-source-term') ?? [])].map((range) => (range as Range).toString()))).toEqual(['新华社', '新华社']);
    // The bilingual article (source cells, notes, lock, tag tokens) is axe-clean.
    expect(await axeViolations(page, 'main')).toEqual([]);
  });

  test('a TMX in three languages asks which pair to review; cancelling stores nothing', async ({ page }) => {
    const tu = (id: string, zh: string, en: string, de: string) =>
      `<tu tuid="${id}"><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv><tuv xml:lang="de-DE"><seg>${de}</seg></tuv></tu>`;
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>${tu('1', '人才是关键。', 'People are the key.', 'Menschen sind der Schlüssel.')}${tu('2', '哪里找？', 'Where to find them?', 'Wo findet man sie?')}</body></tmx>`;
    await openGlossa(page);
    const file = { name: 'memory.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx) };
    await importThroughDialog(page, [file]);
    const dialog = page.getByRole('dialog', { name: 'Language pair of “memory.tmx”' });
    await expect(dialog.getByRole('radio')).toHaveCount(6);
    await page.screenshot({ path: '/tmp/glossa-tmx-pair.png' });
    expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Did not import “memory.tmx”' })).toBeVisible();
    await expect(libraryItems(page)).toHaveCount(1);

    await importThroughDialog(page, [file]);
    await dialog.getByRole('radio', { name: /^en-US → de-DE/ }).check();
    await page.keyboard.press('Enter');
    await expect(libraryItems(page)).toHaveCount(2);
    const first = editor(page).locator('.segment').first();
    await expect(first.locator('.segment-source')).toHaveText('People are the key.');
    await expect(first.locator('.segment-target')).toHaveText('Menschen sind der Schlüssel.');
  });

  test('Add source… pairs a source with a monolingual article by length, the reviewer fixes the pairs, and a bilingual copy opens', async ({ page }) => {
    const { source, target } = corpusLines(12);
    await openGlossa(page);
    await importThroughDialog(page, [{ name: 'news.txt', mimeType: 'text/plain', buffer: Buffer.from(target.join('\n\n')) }]);
    await expect(libraryItems(page)).toHaveCount(2);
    // The source has a photo caption the English article left out: 13 units for 12 paragraphs.
    const caption = '（图片来源：新华社）';
    const zh = [...source.slice(0, 4), caption, ...source.slice(4)];
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Add source…' }).click();
    await (await chooser).setFiles([{ name: 'news.zh.txt', mimeType: 'text/plain', buffer: Buffer.from(zh.join('\n')) }]);
    const dialog = page.getByRole('dialog', { name: 'Add source to “news”' });
    await expect(dialog).toContainText('paired by length (Gale–Church)');
    expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
    const pair = (n: number) => dialog.locator(`tbody tr[data-pair="${n}"]`);
    // Length alone pairs the caption with the byline and the byline's source with the dateline.
    await expect(pair(5).locator('.alignment-source')).toHaveText(caption);
    await expect(pair(6)).toHaveAttribute('data-kind', '2-1');
    // Fix by hand: the caption up into pair 4, the byline's source up into pair 5, then split the caption off pair 4.
    await dialog.getByRole('button', { name: 'Move the first source unit of pair 5 to pair 4' }).click();
    await dialog.getByRole('button', { name: 'Move the first source unit of pair 6 to pair 5' }).click();
    await dialog.getByRole('button', { name: 'Split pair 4' }).click();
    await expect(pair(5)).toHaveAttribute('data-kind', '1-0');
    await expect(pair(5).locator('.alignment-source')).toHaveText(caption);
    await expect(pair(6).locator('.alignment-source')).toHaveText(source[4]!);
    await expect(pair(6).locator('.alignment-target')).toHaveText(target[4]!);
    await expect(pair(7).locator('.alignment-source')).toHaveText(source[5]!);
    await expect(dialog.locator('tbody tr')).toHaveCount(13);
    await dialog.getByRole('button', { name: 'Make bilingual copy' }).click();

    await expect(dialog).toBeHidden();
    await expect(libraryItems(page)).toHaveCount(3);
    await expect(libraryItems(page).filter({ hasText: 'news (with source)' })).toHaveCount(1);
    await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 2 })).toContainText('news (with source)');
    const segments = editor(page).locator('.segment');
    await expect(segments).toHaveCount(13);
    await expect(segments.nth(4).locator('.segment-source')).toHaveText(caption);
    await expect(segments.nth(4).locator('.segment-target')).toHaveText('');
    await expect(segments.nth(5).locator('.segment-source')).toHaveText(source[4]!);
    await expect(segments.nth(5).locator('.segment-target')).toHaveText(target[4]!);
    // The monolingual original is as it was.
    await libraryItems(page).filter({ hasText: 'news', hasNotText: 'with source' }).click();
    await expect(editor(page).locator('.segment')).toHaveCount(0);
    await expect(editor(page).locator('p')).toHaveCount(12);
  });

  test('a file that is not well-formed is refused with its name, line and column, and nothing is stored', async ({ page }) => {
    await openGlossa(page);
    await importThroughDialog(page, [{ name: 'broken.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from('<?xml version="1.0"?>\n<xliff version="1.2">\n<file><body><trans-unit id="1"><source>a</target>') }]);
    await expect(page.getByText(/Could not import “broken\.xlf”: it is not well-formed XML \(line 3, column \d+/)).toBeVisible();
    await expect(libraryItems(page)).toHaveCount(1);
  });
});
