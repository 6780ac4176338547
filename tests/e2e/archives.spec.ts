import JSZip from 'jszip';
import { test, expect, type Page } from '@playwright/test';
import { makeDocx } from '../fixtures/make-docx';
import { makeBombDocx } from '../fixtures/zip-bombs';
import { writeXlsx } from '../../src/core/formats/glossary/xlsx';
import { editor, importThroughDialog, libraryItems, openGlossa } from './fixtures';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function glossaryPane(page: Page) {
  return page.getByRole('main', { name: 'Glossary' });
}

function glossaryRows(page: Page) {
  return glossaryPane(page).getByRole('grid', { name: 'Terms' }).getByRole('row').filter({ has: page.getByRole('gridcell') });
}

test.describe('archives', () => {
  test('a zip-bomb .docx is refused before it is unpacked, naming the file; a normal .docx still imports, in a worker', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await openGlossa(page);
    await expect(libraryItems(page)).toHaveCount(1);

    const bomb = await makeBombDocx();
    expect(bomb.length).toBeLessThan(64 * 1024);
    await importThroughDialog(page, [{ name: 'report.docx', mimeType: DOCX, buffer: Buffer.from(bomb) }]);
    const refusal = page.getByRole('alert').filter({ hasText: 'report.docx' });
    await expect(refusal).toContainText('word/document.xml expands');
    await expect(refusal).toContainText('over the 100:1 limit');
    await page.screenshot({ path: '/tmp/glossa-archives-refusal.png' });
    await expect(libraryItems(page)).toHaveCount(1);
    await expect(editor(page)).toContainText('Governor Zheng Zhajie presided.');

    const normal = await makeDocx([
      { text: 'Quarterly review', style: 'Heading1' },
      { text: 'The superministerial system is ' },
      { text: 'approved', bold: true },
    ]);
    await importThroughDialog(page, [{ name: 'review.docx', mimeType: DOCX, buffer: Buffer.from(normal) }]);
    await expect(editor(page).locator('h1')).toHaveText('Quarterly review');
    await expect(editor(page).locator('.editor-text-bold')).toHaveText('approved');
    await expect(libraryItems(page)).toHaveCount(2);
    // Converted off the main thread: the docx worker ran.
    expect(workers.some((url) => /docx\.worker/.test(url))).toBe(true);
  });

  test('a zip-bomb .xlsx glossary is refused with its name, the glossary unchanged; a normal .xlsx still reads', async ({ page }) => {
    await openGlossa(page);
    await page.keyboard.press('Control+Shift+G');
    await expect(glossaryPane(page)).toBeVisible();
    const before = await glossaryRows(page).count();

    const workbook = await writeXlsx([{ source: '双增长', target: 'double growth', preferred: 'dual growth', forbidden: [], status: 'approved' }]);
    const zip = await JSZip.loadAsync(workbook);
    const sheet = Object.keys(zip.files).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))!;
    const xml = await zip.file(sheet)!.async('string');
    zip.file(sheet, xml.replace('</sheetData>', `</sheetData>${' '.repeat(5 * 1024 * 1024)}`));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });

    const pick = async (name: string, buffer: Buffer) => {
      const chooser = page.waitForEvent('filechooser');
      await glossaryPane(page).getByRole('button', { name: 'Import terms…' }).click();
      await (await chooser).setFiles({ name, mimeType: XLSX, buffer });
    };
    await pick('terms-bomb.xlsx', bomb);
    await expect(page.getByRole('alert').filter({ hasText: 'terms-bomb.xlsx' })).toContainText('it may be a zip bomb');
    await expect(glossaryRows(page)).toHaveCount(before);

    await pick('terms.xlsx', Buffer.from(workbook));
    const dialog = page.getByRole('dialog', { name: /Import “terms.xlsx”/ });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('dialog', { name: 'Imported “terms.xlsx”' }).getByRole('button', { name: 'Close' }).click();
    await expect(glossaryRows(page).filter({ hasText: 'double growth' })).toHaveCount(1);
  });
});
