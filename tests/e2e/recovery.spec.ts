import { test, expect, type Page } from '@playwright/test';
import { SAMPLE_TITLE, editor, libraryItems, openGlossa, waitForSaved } from './fixtures';

/** Replaces the stored editor state of every document with text that is not a Lexical state. */
async function corruptStoredText(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('glossa');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction('documentTexts', 'readwrite');
          const store = transaction.objectStore('documentTexts');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const text of all.result as Array<Record<string, unknown>>) store.put({ ...text, editorState: '{"root": {"children": [{"type": "no-such-node"' });
          };
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

test.describe('recovery', () => {
  test('a document that cannot be opened is explained, its raw data can be exported, and it is not reopened at the next start', async ({ page }) => {
    await openGlossa(page);
    await corruptStoredText(page);
    await page.reload();

    const failure = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(failure).toContainText(`“${SAMPLE_TITLE}” could not be opened`);
    // The rest of the window still works.
    await expect(libraryItems(page)).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('document-failure.png') });

    const download = page.waitForEvent('download');
    await failure.getByRole('button', { name: 'Export raw data…' }).click();
    const raw = JSON.parse(await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
    expect(raw.document.title).toBe(SAMPLE_TITLE);
    expect(raw.text.editorState).toContain('no-such-node');

    // The next start lands on the library, not on the broken document.
    await page.reload();
    await expect(page.getByText('No document is open.')).toBeVisible();
    await expect(page.getByRole('heading', { name: /could not be opened/ })).toHaveCount(0);
    await expect(page.getByText(`“${SAMPLE_TITLE}” was not reopened`)).toBeVisible();

    // Choosing it again explains again, and it can go to the Trash.
    await libraryItems(page).filter({ hasText: SAMPLE_TITLE }).click();
    await failure.getByRole('button', { name: 'Move to Trash' }).click();
    await expect(libraryItems(page)).toHaveCount(0);
  });

  test('a second tab on the same profile opens the document read only, and can take over', async ({ page, context }) => {
    await openGlossa(page);
    const second = await context.newPage();
    await openGlossa(second);
    await expect(second.getByTestId('lock-banner')).toContainText('open for editing in another');
    await expect(editor(second)).toHaveAttribute('contenteditable', 'false');
    await expect(page.getByTestId('lock-banner')).toHaveCount(0);

    // The first tab edits and saves.
    await editor(page).locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Edited in the first tab.');
    await waitForSaved(page);

    // The second takes over: it shows what the first saved, and the first becomes read only.
    await second.getByRole('button', { name: 'Take over editing' }).click();
    await expect(second.getByTestId('lock-banner')).toHaveCount(0);
    await expect(editor(second)).toHaveAttribute('contenteditable', 'true');
    await expect(editor(second)).toContainText('Edited in the first tab.');
    await expect(page.getByTestId('lock-banner')).toContainText('took over');
    await expect(editor(page)).toHaveAttribute('contenteditable', 'false');

    await editor(second).locator('p').first().click();
    await second.keyboard.press('End');
    await second.keyboard.type(' And in the second.');
    await waitForSaved(second);

    // Nothing was overwritten: a fresh look at the stored text has both edits.
    await second.close();
    await page.reload();
    await expect(editor(page)).toContainText('Edited in the first tab. And in the second.');
    await expect(editor(page)).toHaveAttribute('contenteditable', 'true');
  });
});
