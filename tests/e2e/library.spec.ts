import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { makeDocx } from '../fixtures/make-docx';
import { SAMPLE_TITLE, editor, importThroughDialog, libraryItems, openGlossa } from './fixtures';

test.describe('library', () => {
  test('first run shows the bundled sample article in the three-pane layout', async ({ page }) => {
    await openGlossa(page);
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
    await expect(page.getByRole('main', { name: 'Article' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Notes' })).toBeVisible();
    await expect(libraryItems(page)).toHaveCount(1);
    await expect(libraryItems(page).first()).toContainText(SAMPLE_TITLE);
    await expect(libraryItems(page).first()).toContainText('zh → en');
    await expect(editor(page)).toContainText('Governor Zheng Zhajie presided.');
    await expect(editor(page)).toContainText('in the spirit of driving nails');
    // One paragraph per line of the sample file.
    const sampleLines = readFileSync('resources/samples/zhejiang-executive-meeting.en.txt', 'utf8').split('\n').filter((line) => line.trim());
    await expect(editor(page).locator('p')).toHaveCount(sampleLines.length);
    await expect(editor(page).locator('p').first()).toHaveText(sampleLines[0]!);
    await expect(page.getByTestId('word-count')).toHaveText(/\d[\d,]* words/);

    // Reloading does not import the sample a second time.
    await page.reload();
    await expect(editor(page)).toContainText('Governor Zheng Zhajie presided.');
    await expect(libraryItems(page)).toHaveCount(1);
  });

  test('imports .txt, .html (sanitised) and .docx files through File › Import', async ({ page }) => {
    await openGlossa(page);
    await importThroughDialog(page, [
      { name: 'briefing.txt', mimeType: 'text/plain', buffer: Buffer.from('Briefing first line.\nSecond paragraph here.\n') },
    ]);
    await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { name: 'briefing' })).toBeVisible();
    await expect(editor(page).locator('p')).toHaveText(['Briefing first line.', 'Second paragraph here.']);

    const html = `<!doctype html><html><head><title>Press release</title><style>p{color:red}</style></head><body>
      <h1>Press release heading</h1><p>Some <b>bold</b> and <i>italic</i> words.</p>
      <ul><li>first item</li><li>second item</li></ul>
      <script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">
      <p><a href="javascript:window.__pwned=true">a bad link</a></p></body></html>`;
    await importThroughDialog(page, [{ name: 'release.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
    await expect(editor(page).locator('h1')).toHaveText('Press release heading');
    await expect(editor(page).locator('.editor-text-bold')).toHaveText('bold');
    await expect(editor(page).locator('.editor-text-italic')).toHaveText('italic');
    await expect(editor(page).locator('li')).toHaveText(['first item', 'second item']);
    await expect(editor(page).locator('img, script, style')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();

    const docx = await makeDocx([
      { text: 'Quarterly review', style: 'Heading1' },
      { text: 'Terms must be ', bold: false },
      { text: 'approved', bold: true },
    ]);
    await importThroughDialog(page, [
      {
        name: 'review.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(docx),
      },
    ]);
    await expect(editor(page).locator('h1')).toHaveText('Quarterly review');
    await expect(editor(page).locator('.editor-text-bold')).toHaveText('approved');
    await expect(libraryItems(page)).toHaveCount(4);

    // Everything survives a restart.
    await page.reload();
    await expect(libraryItems(page)).toHaveCount(4);
  });

  test('bad files get a message naming the file and the reason, and the library is unchanged', async ({ page }) => {
    await openGlossa(page);
    await expect(libraryItems(page)).toHaveCount(1);
    const cases = [
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 ...'), reason: /scan\.pdf/ },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0), reason: /empty\.txt.*empty/i },
      {
        name: 'broken.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('this is not a zip archive at all'),
        reason: /broken\.docx.*Word/i,
      },
      { name: 'binary.txt', mimeType: 'text/plain', buffer: Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x13, 0x37]), reason: /binary\.txt/ },
    ];
    for (const bad of cases) {
      await importThroughDialog(page, [bad]);
      await expect(page.getByRole('alert').filter({ hasText: bad.reason })).toBeVisible();
    }
    await expect(libraryItems(page)).toHaveCount(1);
    await expect(editor(page)).toContainText('Governor Zheng Zhajie presided.');
  });

  test('a dropped file is imported, and New from Clipboard makes a document', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openGlossa(page);
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Dropped article text.'], 'dropped.txt', { type: 'text/plain' }));
      return transfer;
    });
    await page.dispatchEvent('.article-pane', 'dragenter', { dataTransfer });
    await page.dispatchEvent('.article-pane', 'drop', { dataTransfer });
    await expect(editor(page)).toHaveText('Dropped article text.');
    await expect(libraryItems(page)).toHaveCount(2);

    await page.evaluate(() => navigator.clipboard.writeText('Clipboard headline\nClipboard body text.'));
    await page.getByRole('button', { name: 'New from Clipboard' }).click();
    await expect(editor(page).locator('p')).toHaveText(['Clipboard headline', 'Clipboard body text.']);
    await expect(libraryItems(page)).toHaveCount(3);
  });

  test('rename, search, language pair, trash, restore and empty trash', async ({ page }) => {
    await openGlossa(page);
    await importThroughDialog(page, [{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Other text.') }]);
    await expect(libraryItems(page)).toHaveCount(2);

    await page.keyboard.press('F2');
    const title = page.getByRole('textbox', { name: 'Document title' });
    await title.fill('Meeting minutes');
    await title.press('Enter');
    await expect(libraryItems(page).first()).toContainText('Meeting minutes');

    await page.getByRole('combobox', { name: 'Target language' }).selectOption('de');
    await expect(libraryItems(page).first()).toContainText('zh → de');

    await page.getByRole('searchbox', { name: 'Search documents by title' }).fill('minutes');
    await expect(libraryItems(page)).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Search documents by title' }).fill('');
    await expect(libraryItems(page)).toHaveCount(2);

    await page.getByRole('button', { name: 'Move to Trash' }).click();
    await expect(libraryItems(page)).toHaveCount(1);
    await page.getByText('Trash (1)').click();
    await page.getByRole('button', { name: 'Restore “Meeting minutes”' }).click();
    await expect(libraryItems(page)).toHaveCount(2);

    await page.getByRole('button', { name: 'Move to Trash' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Empty Trash' }).click();
    await expect(page.getByText('Trash (0)')).toBeVisible();
    await page.reload();
    await expect(libraryItems(page)).toHaveCount(1);
    await expect(page.getByText('Trash (0)')).toBeVisible();
  });

  test('F2 on a library item renames that item, not the open document; Move to Trash can be undone from its message', async ({ page }) => {
    await openGlossa(page);
    await importThroughDialog(page, [{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Other text.') }]);
    await expect(libraryItems(page)).toHaveCount(2);
    const openTitle = page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 2 });
    await expect(openTitle).toContainText('notes');

    // Focus the sample's item (not the open document) and press F2: its title is edited in place.
    const sample = libraryItems(page).filter({ hasText: SAMPLE_TITLE });
    await sample.focus();
    await page.keyboard.press('F2');
    const field = page.getByRole('textbox', { name: `New title for “${SAMPLE_TITLE}”` });
    await expect(field).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Zhejiang meeting');
    await page.keyboard.press('Enter');
    await expect(libraryItems(page).filter({ hasText: 'Zhejiang meeting' })).toHaveCount(1);
    // The open document kept its title, and the keyboard is back on the renamed item.
    await expect(openTitle).toContainText('notes');
    await expect(libraryItems(page).filter({ hasText: 'Zhejiang meeting' })).toBeFocused();
    // Esc leaves the title as it was.
    await page.keyboard.press('F2');
    await page.keyboard.type('Never mind');
    await page.keyboard.press('Escape');
    await expect(libraryItems(page).filter({ hasText: 'Zhejiang meeting' })).toHaveCount(1);

    // Move to Trash says so with an Undo, which brings the document back and opens it.
    await page.getByRole('button', { name: 'Move to Trash' }).click();
    await expect(libraryItems(page)).toHaveCount(1);
    const message = page.getByRole('status').filter({ hasText: 'to the Trash' });
    await message.getByRole('button', { name: 'Undo' }).click();
    await expect(libraryItems(page)).toHaveCount(2);
    await expect(openTitle).toContainText('notes');
    await expect(page.getByText('Trash (0)')).toBeVisible();
  });

  test('importing a file already in the library asks: open the one there, or import a copy', async ({ page }) => {
    await openGlossa(page);
    const file = { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('The same notes, twice.') };
    await importThroughDialog(page, [file]);
    await expect(libraryItems(page)).toHaveCount(2);

    // Again: the dialog names the file; Open goes to the document already there, nothing is added.
    await importThroughDialog(page, [file]);
    const dialog = page.getByRole('dialog', { name: '“notes.txt” is already in the library' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Open “notes”' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(libraryItems(page)).toHaveCount(2);
    await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 2 })).toContainText('notes');

    // And once more, choosing a copy: now there are two.
    await importThroughDialog(page, [file]);
    await dialog.getByRole('button', { name: 'Import a copy' }).click();
    await expect(libraryItems(page)).toHaveCount(3);
  });
});

