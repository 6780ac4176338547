import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { test, expect, type Page } from '@playwright/test';
import { cardFor, editor, openCard, openGlossa, selectInArticle } from './fixtures';
import { tbxErrors } from '../../src/core/formats/glossary/tbx-validate.test-helper';
import { axeViolations } from './axe';

const STANDARDS = resolve(__dirname, '../../../shared/standards/tbx');

function glossaryPane(page: Page) {
  return page.getByRole('main', { name: 'Glossary' });
}

function rows(page: Page) {
  return glossaryPane(page).getByRole('grid', { name: 'Terms' }).getByRole('row').filter({ has: page.getByRole('gridcell') });
}

function row(page: Page, text: string) {
  return rows(page).filter({ hasText: text });
}

async function openGlossary(page: Page) {
  await page.keyboard.press('Control+Shift+G');
  await expect(glossaryPane(page)).toBeVisible();
}

async function importFile(page: Page, name: string, mimeType: string, content: string | Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await glossaryPane(page).getByRole('button', { name: 'Import terms…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
}

async function highlightCount(page: Page, name: string): Promise<number> {
  return page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, name);
}

async function exportAs(page: Page, format: string, scope = 'all'): Promise<string> {
  await glossaryPane(page).getByLabel('Export format').selectOption(format);
  await glossaryPane(page).getByLabel('Terms to export').selectOption(scope);
  const download = page.waitForEvent('download');
  await glossaryPane(page).getByRole('button', { name: 'Export…' }).click();
  return (await download).path();
}

/** Both TBX-Basic exports hold every entry, language section, term, note and person of `original`; the DCA one is valid. */
async function expectExportedWhole(page: Page, original: string) {
  const count = (xml: string, tag: string) => xml.split(`<${tag}`).length - 1;
  for (const format of ['tbx', 'tbx-dct']) {
    const tbx = readFileSync(await exportAs(page, format), 'utf8');
    for (const tag of ['conceptEntry', 'langSec', 'termSec', 'note', 'refObject ']) expect(count(tbx, tag), `${format}: <${tag}>`).toBe(count(original, tag));
    if (format !== 'tbx') continue;
    const problems = await tbxErrors(tbx, {
      rng: readFileSync(resolve(STANDARDS, 'TBXcoreStructV03.rng'), 'utf8'),
      sch: readFileSync(resolve(STANDARDS, 'TBX-Basic_DCA.sch'), 'utf8'),
    });
    expect(problems).toEqual([]);
  }
}

test.describe('glossary', () => {
  test('a Term annotation goes into the glossary, and an edit in either place shows in both', async ({ page }) => {
    await openGlossa(page);
    await selectInArticle(page, 'superministerial + plan system');
    await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: /^Term/ }).click();
    const card = cardFor(page, 'superministerial + plan system');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Add to glossary' }).click();
    await expect(card.getByRole('button', { name: 'Open in glossary' })).toBeVisible();
    await card.getByLabel('Preferred translation').fill('super-ministry system');
    await card.getByLabel('Preferred translation').press('Enter');

    await openGlossary(page);
    const entry = row(page, 'superministerial + plan system');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('super-ministry system');
    // Edit in the glossary, inline: the card shows it.
    await entry.locator('.cell-source').dblclick();
    await page.keyboard.type('大部制');
    await page.keyboard.press('Enter');
    await expect(entry).toContainText('大部制');
    await glossaryPane(page).getByRole('button', { name: 'Back to the article' }).click();
    await cardFor(page, 'superministerial + plan system').click();
    await expect(cardFor(page, 'superministerial + plan system').getByLabel('Source term')).toHaveValue('大部制');

    // The term now has a preferred rendering, so the article's MT rendering is a finding.
    await page.getByRole('button', { name: 'Review panel' }).click();
    const finding = page.getByRole('complementary', { name: 'Review panel' }).locator('.queue-entry', { hasText: 'super-ministry system' });
    await expect(finding.first()).toBeVisible();
  });

  test('imports a CSV through the column mapping, reports skipped rows, highlights the terms and flags forbidden ones', async ({ page }) => {
    await openGlossa(page);
    await openGlossary(page);
    const csv = [
      'Chinese,English,Preferred,Do not use,Status,Notes',
      '钉钉子,driving nails,perseverance,driving nails,approved,Idiom',
      '双增长,double growth,dual growth,,proposed,',
      ',,,,,a note without a term',
      '郑栅洁,Zheng Shajie,Zheng Zhajie,Zheng Shajie,approved,Name',
      '大部制,superministerial,,,maybe,',
    ].join('\n');
    await importFile(page, 'terms.csv', 'text/csv', csv);
    const dialog = page.getByRole('dialog', { name: /Import “terms.csv”/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Column “Chinese” holds')).toHaveValue('source');
    await expect(dialog.getByLabel('Column “English” holds')).toHaveValue('target');
    await expect(dialog.getByLabel('Column “Do not use” holds')).toHaveValue('forbidden');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.getByRole('dialog', { name: 'Imported “terms.csv”' });
    await expect(report).toContainText('3 added, 0 updated, 2 skipped');
    await expect(report.getByRole('list', { name: 'Skipped rows' })).toContainText('Row 4');
    await expect(report.getByRole('list', { name: 'Skipped rows' })).toContainText(/Row 6: .*maybe/);
    await report.getByRole('button', { name: 'Close' }).click();
    await expect(rows(page)).toHaveCount(3);

    // Search and status filter.
    await glossaryPane(page).getByLabel('Search terms').fill('growth');
    await expect(rows(page)).toHaveCount(1);
    await glossaryPane(page).getByLabel('Search terms').fill('');
    await glossaryPane(page).getByLabel('Status').selectOption('approved');
    await expect(rows(page)).toHaveCount(2);
    await glossaryPane(page).getByLabel('Status').selectOption('all');

    // Back in the article: occurrences are highlighted, forbidden ones apart; hover shows the entry.
    await glossaryPane(page).getByRole('button', { name: 'Back to the article' }).click();
    await expect.poll(() => highlightCount(page, 'glossa-term-forbidden')).toBeGreaterThanOrEqual(2);
    await expect.poll(() => highlightCount(page, 'glossa-term')).toBeGreaterThanOrEqual(3);
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('glossa-term-forbidden') ?? [])].find((r) => r.toString().toLowerCase() === 'driving nails') as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      // The first line box: a phrase that wraps has a bounding box whose centre is elsewhere.
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 4, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect(page.getByRole('tooltip')).toContainText('perseverance');
    await expect(page.getByRole('tooltip')).toContainText('Forbidden here');
    await page.screenshot({ path: 'test-results/glossary-hover.png' });

    // The View toggle hides them, and shows them again.
    await editor(page).focus();
    await page.keyboard.press('Control+Alt+H');
    await expect.poll(() => highlightCount(page, 'glossa-term')).toBe(0);
    await page.keyboard.press('Control+Alt+H');
    await expect.poll(() => highlightCount(page, 'glossa-term')).toBeGreaterThan(0);

    // The forbidden variant is a review finding that becomes a flag.
    await page.getByRole('button', { name: 'Review panel' }).click();
    const panel = page.getByRole('complementary', { name: 'Review panel' });
    const finding = panel.locator('.queue-entry', { hasText: 'driving nails' }).first();
    await finding.getByRole('button').first().click();
    await page.keyboard.press('f');
    await expect(cardFor(page, 'driving nails')).toContainText('→ perseverance');
    await expect((await openCard(cardFor(page, 'driving nails'))).locator('input').first()).toHaveValue('perseverance');

    // A Term on words the glossary already knows links to that term instead of adding another.
    await selectInArticle(page, 'double growth');
    await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: /^Term/ }).click();
    const card = cardFor(page, 'double growth');
    await card.getByRole('button', { name: 'Add to glossary' }).click();
    await expect(page.getByRole('status').or(page.locator('.notice')).filter({ hasText: 'Linked to the term already' }).first()).toBeVisible();
    await expect(card.getByLabel('Preferred translation')).toHaveValue('dual growth');
    await openGlossary(page);
    await expect(rows(page)).toHaveCount(3);
  });

  test('exports TBX-Basic that validates, CSV that parses, and re-imports what it exported', async ({ page }) => {
    await openGlossa(page);
    await openGlossary(page);
    await glossaryPane(page).getByLabel('Search terms').fill('=SUM(A1)');
    await glossaryPane(page).getByRole('button', { name: 'New term' }).click();
    const details = page.getByRole('complementary', { name: 'Term details' });
    await details.getByLabel('Preferred translation').fill('dual growth & <more>');
    await details.getByLabel('Preferred translation').press('Enter');
    await details.getByLabel('Forbidden variants (separate with |)').fill('double growth | twin growth');
    await details.getByLabel('Forbidden variants (separate with |)').press('Enter');
    await details.getByLabel('Note').fill('Checked with the client.');
    await details.getByLabel('Status').selectOption('approved');
    await details.getByLabel('Note').blur();
    await expect(row(page, '=SUM(A1)')).toContainText('twin growth');

    const tbx = readFileSync(await exportAs(page, 'tbx'), 'utf8');
    expect(tbx).toContain('dual growth &amp; &lt;more&gt;');
    const problems = await tbxErrors(tbx, {
      rng: readFileSync(resolve(STANDARDS, 'TBXcoreStructV03.rng'), 'utf8'),
      sch: readFileSync(resolve(STANDARDS, 'TBX-Basic_DCA.sch'), 'utf8'),
    });
    expect(problems).toEqual([]);

    const csv = readFileSync(await exportAs(page, 'csv'), 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]![0]).toBe("'=SUM(A1)");

    // Delete it, then import the TBX back: every field returns.
    await row(page, '=SUM(A1)').click();
    await glossaryPane(page).getByRole('grid', { name: 'Terms' }).press('Delete');
    await expect(rows(page)).toHaveCount(0);
    await importFile(page, 'back.tbx', 'application/xml', tbx);
    await page.getByRole('dialog', { name: /Import “back.tbx”/ }).getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Imported “back.tbx”' })).toContainText('1 added');
    await page.getByRole('dialog', { name: 'Imported “back.tbx”' }).getByRole('button', { name: 'Close' }).click();
    await glossaryPane(page).getByLabel('Search terms').fill('');
    await expect(row(page, '=SUM(A1)')).toContainText('dual growth & <more>');
    await expect(row(page, '=SUM(A1)')).toContainText('double growth | twin growth');
    await expect(row(page, '=SUM(A1)')).toContainText('approved');
    await expect(row(page, '=SUM(A1)')).toContainText('Checked with the client.');
  });

  test('a bad glossary file is refused with its name and reason, and the glossary is unchanged', async ({ page }) => {
    await openGlossa(page);
    await openGlossary(page);
    await importFile(page, 'ok.txt', 'text/plain', 'double growth\tdual growth\tfrom OmegaT\n');
    await page.getByRole('dialog', { name: /Import “ok.txt”/ }).getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('dialog', { name: 'Imported “ok.txt”' }).getByRole('button', { name: 'Close' }).click();
    await expect(rows(page)).toHaveCount(1);

    const xxe = '<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tbx>&x;</tbx>';
    await importFile(page, 'evil.tbx', 'application/xml', xxe);
    await expect(page.getByRole('alert').filter({ hasText: 'evil.tbx' })).toContainText(/DTD|entit/i);
    await importFile(page, 'broken.tbx', 'application/xml', '<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry>');
    await expect(page.getByRole('alert').filter({ hasText: 'broken.tbx' })).toBeVisible();
    await importFile(page, 'empty.csv', 'text/csv', '');
    await expect(page.getByRole('alert').filter({ hasText: 'empty.csv' })).toContainText('empty');
    // 100 MB (sparse on disk): refused by its size, before a byte is read.
    const huge = join(mkdtempSync(join(tmpdir(), 'glossa-')), 'huge.tbx');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024);
    const chooser = page.waitForEvent('filechooser');
    await glossaryPane(page).getByRole('button', { name: 'Import terms…' }).click();
    await (await chooser).setFiles(huge);
    await expect(page.getByRole('alert').filter({ hasText: 'huge.tbx' })).toContainText('larger than 80 MB');
    await expect(rows(page)).toHaveCount(1);
  });

  test('a TBX file of other languages goes into a new glossary of its own pair, never as terms with no source', async ({ page }) => {
    await openGlossa(page);
    await openGlossary(page);
    const glossaries = page.getByRole('list', { name: 'Glossaries' }).getByRole('button');
    await expect(glossaryPane(page).getByRole('heading', { name: /Glossary zh → en/ })).toBeVisible();
    const before = await rows(page).count();
    const glossaryCount = await glossaries.count();
    const example = readFileSync(resolve(STANDARDS, 'Example_TBX-Core_DCA_VALID.tbx'));
    const dialog = page.getByRole('dialog', { name: /Example_TBX-Core_DCA_VALID\.tbx/ });

    // The preview says which languages the file has, and that the glossary's source is not one.
    await importFile(page, 'Example_TBX-Core_DCA_VALID.tbx', 'application/xml', example);
    await expect(dialog.getByRole('note')).toContainText(/no terms in .*\(zh\)/);
    const languages = dialog.getByRole('table', { name: 'Languages in the file' });
    await expect(languages.getByRole('row')).toHaveCount(4);
    await expect(languages.getByRole('row').filter({ hasText: '(zu)' })).toContainText('6');
    await expect(dialog.getByRole('radio', { name: 'A new glossary of these languages' })).toBeChecked();
    await expect(dialog.getByLabel('New glossary: source language')).toHaveValue('en');
    await expect(dialog.getByLabel('New glossary: target language')).toHaveValue('es');
    expect(await axeViolations(page, '.import-dialog')).toEqual([]);
    // The other choice reads two of the file's languages as this glossary's, two different ones.
    await dialog.getByRole('radio', { name: /reading the file’s languages as its own/ }).check();
    await expect(dialog.getByLabel('Read as zh (source)')).toHaveValue('es');
    await expect(dialog.getByLabel('Read as en (target)')).toHaveValue('en');
    await dialog.getByRole('radio', { name: 'A new glossary of these languages' }).check();

    // Cancel stores nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(glossaries).toHaveCount(glossaryCount);
    await expect(rows(page)).toHaveCount(before);

    // Import: a new en → es glossary with the 39 concepts; the Zulu-only entries are listed as skipped.
    await importFile(page, 'Example_TBX-Core_DCA_VALID.tbx', 'application/xml', example);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('dialog', { name: /into the new glossary “Example TBX-Core DCA VALID \(en → es\)”/ })).toContainText('39 added');
    await expect(dialog.getByRole('list', { name: 'Skipped rows' }).getByRole('listitem')).toHaveCount(6);
    await expect(dialog).toContainText('6 concepts in other languages only kept whole with the glossary');
    await page.screenshot({ path: '/tmp/glossary-import-kept.png' });
    await dialog.getByRole('button', { name: 'Open the new glossary' }).click();
    await expect(glossaryPane(page).getByRole('heading', { name: 'Example TBX-Core DCA VALID (en → es)' })).toBeVisible();
    await expect(glossaryPane(page).getByLabel('Source language')).toHaveValue('en');
    await expect(glossaryPane(page).getByLabel('Target language')).toHaveValue('es');
    await expect(glossaryPane(page)).toContainText('39 terms');
    await expect(rows(page).filter({ has: page.locator('.cell-source', { hasText: /^open cluster$/ }) })).toContainText('cúmulo abierto');

    // Exported again, the file comes back whole: every concept (the Zulu ones too), language, synonym and note, valid TBX-Basic.
    await expectExportedWhole(page, example.toString('utf8'));

    // The zh → en glossary did not change: no English "MT renderings" without a source.
    await expect(glossaries).toHaveCount(glossaryCount + 1);
    await glossaries.filter({ hasText: /Glossary zh → en/ }).click();
    await expect(rows(page)).toHaveCount(before);
    await expect(row(page, 'open cluster')).toHaveCount(0);
  });

  test('a new glossary is named from the keyboard, takes the official TBX example, and a document can use it beside another', async ({ page }) => {
    await openGlossa(page);
    await openGlossary(page);
    // The official TBX example (English → Spanish) imports into a glossary of its own pair.
    const example = readFileSync(resolve(STANDARDS, 'Example_TBX-Core_DCA_VALID.tbx'));
    // A new glossary opens with its name selected, to be typed over.
    await page.getByRole('button', { name: 'New glossary' }).click();
    await expect(glossaryPane(page).getByLabel('Glossary name')).toBeFocused();
    await expect(glossaryPane(page).getByLabel('Glossary name')).toHaveValue(/^New glossary/);
    await page.keyboard.type('Astronomy');
    await page.keyboard.press('Enter');
    await expect(glossaryPane(page).getByRole('heading', { name: 'Astronomy' })).toBeVisible();
    await glossaryPane(page).getByLabel('Source language').fill('en');
    await glossaryPane(page).getByLabel('Target language').fill('es');
    await glossaryPane(page).getByLabel('Target language').press('Enter');
    await expect(glossaryPane(page).getByLabel('Target language')).toHaveValue('es');
    await importFile(page, 'Example_TBX-Core_DCA_VALID.tbx', 'application/xml', example);
    await page.getByRole('dialog', { name: /Import “Example_TBX-Core_DCA_VALID.tbx”/ }).getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Imported “Example_TBX-Core_DCA_VALID.tbx”' })).toContainText(/[1-9]\d* added/);
    await page.getByRole('dialog', { name: 'Imported “Example_TBX-Core_DCA_VALID.tbx”' }).getByRole('button', { name: 'Close' }).click();
    await expect(rows(page).filter({ has: page.locator('.cell-source', { hasText: /^open cluster$/ }) })).toContainText('cúmulo abierto');

    // Exported again, the file comes back whole: every concept (the Zulu ones too), language, synonym and note, valid TBX-Basic.
    await expectExportedWhole(page, example.toString('utf8'));

    // A document can use several glossaries: the new one is off until chosen.
    const used = glossaryPane(page).getByRole('checkbox', { name: /Used by “Provincial government/ });
    await expect(used).not.toBeChecked();
    await used.click();
    await expect(used).toBeChecked();
    await page.getByRole('list', { name: 'Glossaries' }).getByRole('button', { name: /Glossary zh → en/ }).click();
    await expect(glossaryPane(page).getByRole('checkbox', { name: /Used by “Provincial government/ })).toBeChecked();
    await page.reload();
    await page.getByRole('list', { name: 'Glossaries' }).getByRole('button', { name: /Astronomy/ }).click();
    await expect(glossaryPane(page).getByRole('checkbox', { name: /Used by “Provincial government/ })).toBeChecked();
  });
});
