import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { SAMPLE_TITLE, cardFor, editor, importThroughDialog, libraryItems, openCard, openGlossa, selectInArticle, waitForSaved } from './fixtures';

const backups = (page: Page) => page.getByRole('region', { name: 'Backups' });
const restoreDialog = (page: Page) => page.getByRole('dialog', { name: 'Restore from Backup' });

/** Every row of every store of the real IndexedDB database, sorted: "the database is unchanged" compares these. */
async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const request = indexedDB.open('glossa');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const names = [...database.objectStoreNames];
          const transaction = database.transaction(names, 'readonly');
          const result: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => {
              result[name] = all.result;
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(result);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

async function exportLibrary(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await backups(page).getByRole('button', { name: 'Export Library…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^glossa-library-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(mkdtempSync(join(tmpdir(), 'glossa-backup-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function chooseBackupFile(page: Page, file: { name: string; buffer: Buffer }) {
  await backups(page).getByRole('button', { name: 'Restore from Backup…' }).click();
  await expect(restoreDialog(page)).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await restoreDialog(page).getByRole('button', { name: 'Choose a backup file…' }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
}

test.describe('backups', () => {
  test('a library exported on one profile restores on an empty one with nothing missing', async ({ page, browser }) => {
    // Two profiles end to end (import, annotate, export, restore, reopen, dump): 8 s alone, but
    // 27 s in a CI run with both cores busy, against the 30 s default. Three times the time.
    test.slow();
    // Profile one: the sample, an imported document, a note, and a glossary term with a preferred translation.
    await openGlossa(page);
    await importThroughDialog(page, [{ name: 'briefing.txt', mimeType: 'text/plain', buffer: Buffer.from('Briefing first line.\nSecond paragraph here.\n') }]);
    await expect(editor(page).locator('p')).toHaveText(['Briefing first line.', 'Second paragraph here.']);
    await libraryItems(page).filter({ hasText: SAMPLE_TITLE }).click();
    await expect(editor(page)).toContainText('driving nails');
    await selectInArticle(page, 'driving nails');
    await page.keyboard.press('Control+Alt+M');
    await expect(cardFor(page, 'driving nails').locator('textarea')).toBeFocused();
    await page.keyboard.type('Idiom: means perseverance.');
    await selectInArticle(page, 'superministerial + plan system');
    await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: /^Term/ }).click();
    const termCard = cardFor(page, 'superministerial + plan system');
    await expect(termCard).toBeVisible();
    await termCard.getByLabel('Preferred translation').fill('super-ministry system');
    await termCard.getByRole('button', { name: 'Add to glossary' }).click();
    await expect(termCard.getByRole('button', { name: 'Open in glossary' })).toBeVisible();
    await waitForSaved(page);

    const path = await exportLibrary(page);
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported.glossa).toMatchObject({ format: 'glossa-library-backup', counts: { documents: 2, annotations: 2, terms: 1 } });
    const original = await dumpDatabase(page);

    // Profile two: a new, empty browser context (its own IndexedDB), with only the first-run sample.
    const other = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const second = await other.newPage();
    await openGlossa(second);
    await expect(libraryItems(second)).toHaveCount(1);
    await chooseBackupFile(second, { name: 'my-library.json', buffer: readFileSync(path) });

    const preview = restoreDialog(second).getByRole('region', { name: 'Backup preview' });
    await expect(preview).toBeVisible();
    await expect(preview.getByTestId('backup-file')).toHaveText('my-library.json');
    await expect(preview.getByRole('row', { name: /^Documents/ })).toHaveText(/Documents\s*2\s*1/);
    await expect(preview.getByRole('row', { name: /^Annotations/ })).toHaveText(/Annotations\s*2\s*0/);
    const titles = await preview.getByRole('list', { name: 'Documents in the backup' }).getByRole('listitem').allInnerTexts();
    expect(titles.sort()).toEqual(['briefing', SAMPLE_TITLE].sort());
    await second.screenshot({ path: '/tmp/glossa-restore-preview.png' });

    // Restoring first downloads a backup of what profile two had, then reloads with the restored library.
    const safety = second.waitForEvent('download');
    await restoreDialog(second).getByRole('button', { name: 'Back up current library and restore' }).click();
    expect((await safety).suggestedFilename()).toMatch(/^glossa-.*-before-restore\.json$/);
    await expect(second.getByRole('status').filter({ hasText: 'Restored my-library.json' })).toBeVisible();
    await expect(libraryItems(second)).toHaveCount(2);
    // Row for row, before this profile reads anything (reading keeps each document's scroll
    // position), profile two holds what profile one had.
    const restored = await dumpDatabase(second);
    for (const table of ['documents', 'documentTexts', 'annotations', 'glossaries', 'terms', 'findings']) {
      expect(restored[table], table).toEqual(original[table]);
    }
    await libraryItems(second).filter({ hasText: 'briefing' }).click();
    await expect(editor(second).locator('p')).toHaveText(['Briefing first line.', 'Second paragraph here.']);
    await libraryItems(second).filter({ hasText: SAMPLE_TITLE }).click();
    // The margin mounts only the cards near the viewport: bring each mark into view first.
    await editor(second).locator('mark', { hasText: 'driving nails' }).scrollIntoViewIfNeeded();
    await expect((await openCard(cardFor(second, 'driving nails'))).locator('textarea')).toHaveValue('Idiom: means perseverance.');
    await editor(second).locator('mark', { hasText: 'superministerial + plan system' }).scrollIntoViewIfNeeded();
    await cardFor(second, 'superministerial + plan system').click();
    await expect(cardFor(second, 'superministerial + plan system').getByLabel('Preferred translation')).toHaveValue('super-ministry system');
    await second.keyboard.press('Control+Shift+G');
    const glossary = second.getByRole('main', { name: 'Glossary' });
    await expect(glossary.getByRole('row').filter({ hasText: 'superministerial + plan system' })).toContainText('super-ministry system');

    await other.close();
  });

  test('a damaged file and one from a newer Glossa are refused by name, and the database is unchanged', async ({ page }) => {
    await openGlossa(page);
    await waitForSaved(page);
    const path = await exportLibrary(page);
    const before = await dumpDatabase(page);

    const damaged = readFileSync(path).subarray(0, 300);
    await chooseBackupFile(page, { name: 'damaged-library.json', buffer: Buffer.from(damaged) });
    await expect(restoreDialog(page).getByRole('alert')).toHaveText(/damaged-library\.json is not a Glossa backup: it is not valid JSON/);
    await expect(restoreDialog(page).getByRole('button', { name: 'Back up current library and restore' })).toBeDisabled();

    const newer = JSON.parse(readFileSync(path, 'utf8'));
    const current = newer.glossa.schemaVersion as number;
    newer.glossa.schemaVersion = current + 1;
    newer.data.databaseVersion = current + 1;
    const newerPath = join(mkdtempSync(join(tmpdir(), 'glossa-backup-')), 'from-the-future.json');
    writeFileSync(newerPath, JSON.stringify(newer));
    const chooser = page.waitForEvent('filechooser');
    await restoreDialog(page).getByRole('button', { name: 'Choose a backup file…' }).click();
    await (await chooser).setFiles(newerPath);
    await expect(restoreDialog(page).getByRole('alert')).toHaveText(
      new RegExp(`from-the-future\\.json is from a newer Glossa \\(library schema version ${current + 1}\\); this Glossa reads up to version ${current}`),
    );
    await expect(restoreDialog(page).getByRole('button', { name: 'Back up current library and restore' })).toBeDisabled();

    // Escape closes the dialog; nothing was written.
    await page.keyboard.press('Escape');
    await expect(restoreDialog(page)).toBeHidden();
    expect(await dumpDatabase(page)).toEqual(before);
    await expect(libraryItems(page)).toHaveCount(1);
  });
});
