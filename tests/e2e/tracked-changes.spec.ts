import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect, type Page } from '@playwright/test';
import { cardFor, cards, editor, openGlossa, selectInArticle, waitForSaved } from './fixtures';
import { changedWords } from '../../src/core/formats/corrected/tracked-docx.test-helper';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Changes panel' });
}

function changeItems(page: Page) {
  return panel(page).getByRole('list', { name: 'Change list' }).locator('.change-item');
}

async function changeCount(page: Page, count: number) {
  await expect(panel(page).getByTestId('changes-count')).toHaveAttribute('data-changes', String(count));
}

async function replaceWords(page: Page, words: string, by: string) {
  await selectInArticle(page, words);
  await page.keyboard.type(by);
}

/** The caret just before the words (the selection collapsed to its start, checked after the editor's turn). */
async function caretBefore(page: Page, words: string) {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await selectInArticle(page, words);
    await page.keyboard.press('ArrowLeft');
    const collapsed = await page.evaluate(
      () => new Promise<boolean>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.getSelection()?.isCollapsed ?? false)))),
    );
    if (collapsed) return;
  }
  throw new Error(`the caret did not stay before "${words}"`);
}

async function download(page: Page, run: () => Promise<void>): Promise<Buffer> {
  const event = page.waitForEvent('download');
  await run();
  return readFileSync((await (await event).path())!);
}

test.describe('tracked changes', () => {
  test('edits show as a redline against the MT; R rejects, A accepts with Undo, Accept all; it all survives a reload', async ({ page }) => {
    await openGlossa(page);
    await replaceWords(page, 'hosted', 'chaired');
    await page.keyboard.press('Control+Shift+E');
    await expect(panel(page)).toBeVisible();
    await changeCount(page, 1);
    await expect(changeItems(page).first().locator('del')).toHaveText('hosted');
    await expect(changeItems(page).first().locator('ins')).toHaveText('chaired');
    // The inserted words are lit in the article, and the first change has the keyboard.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('glossa-change-inserted')?.size ?? 0)).toBe(1);
    await expect(changeItems(page).first()).toBeFocused();

    // R writes the MT's words back; Ctrl+Z in the article undoes the rejection.
    await page.keyboard.press('r');
    await changeCount(page, 0);
    await expect(editor(page).locator('p').nth(5)).toContainText('Zheng Shajie hosted');
    await editor(page).focus();
    await page.keyboard.press('Control+z');
    await expect(editor(page).locator('p').nth(5)).toContainText('Zheng Shajie chaired');
    await changeCount(page, 1);

    // Two changes: A accepts the one with focus; the message's Undo brings it back.
    await replaceWords(page, 'Zhejiang News', 'Zhejiang Daily');
    await changeCount(page, 2);
    // Recounted once typing pauses: the list is final when the first change has all the typed word.
    await expect(changeItems(page).first().locator('ins')).toHaveText('Daily');
    await changeItems(page).first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(changeItems(page).nth(1)).toBeFocused();
    await page.keyboard.press('a');
    await changeCount(page, 1);
    await expect(changeItems(page).first().locator('ins')).toHaveText('Daily');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await changeCount(page, 2);

    await panel(page).getByRole('button', { name: 'Accept all' }).click();
    await changeCount(page, 0);
    await waitForSaved(page);
    await page.reload();
    await expect(editor(page).locator('p').nth(5)).toContainText('Zheng Shajie chaired');
    await expect(editor(page).locator('p').nth(2)).toContainText('Zhejiang Daily');
    await page.keyboard.press('Control+Shift+E');
    await changeCount(page, 0);
  });

  test('deleted words, a split paragraph and two joined ones all go back to the MT with Reject all, in one undo step', async ({ page }) => {
    await openGlossa(page);
    const paragraphs = () => editor(page).locator('p').allTextContents();
    const mt = await paragraphs();
    // Words deleted.
    await selectInArticle(page, 'its ');
    await page.keyboard.press('Backspace');
    await waitForSaved(page);
    // A paragraph split after "Zheng Shajie".
    await caretBefore(page, ' hosted');
    await page.keyboard.press('Enter');
    await waitForSaved(page);
    // "Source: Zhejiang News" joined with the paragraph after it.
    await caretBefore(page, 'On the night of December 21, the provincial');
    await page.keyboard.press('Backspace');
    await expect.poll(paragraphs).toContain('Source: Zhejiang NewsOn the night of December 21, the provincial government held 60th executive meeting. Governor Zheng Zhajie presided.');
    expect(await paragraphs()).toEqual(expect.arrayContaining(['Zheng Shajie', ' hosted']));

    await page.keyboard.press('Control+Shift+E');
    await changeCount(page, 3);
    for (const button of await panel(page).getByRole('button', { name: 'Reject', exact: true }).all()) await expect(button).toBeEnabled();
    await panel(page).getByRole('button', { name: 'Reject all' }).click();
    await changeCount(page, 0);
    expect(await paragraphs()).toEqual(mt);

    // The rejection is one step of the article's history.
    await editor(page).focus();
    await page.keyboard.press('Control+z');
    await changeCount(page, 3);
    await editor(page).focus();
    await page.keyboard.press('Control+y');
    await changeCount(page, 0);
    await waitForSaved(page);
    await page.reload();
    await expect(editor(page).locator('p').nth(5)).toContainText('Zheng Shajie hosted');
    expect(await paragraphs()).toEqual(mt);
  });

  test('an applied suggestion is a change linked to its flag; the corrected text and a Word file with tracked changes and comments go out', async ({ page }, testInfo) => {
    // LibreOffice starts cold, in a profile of its own, on top of five exports.
    test.slow(Boolean(SOFFICE), 'LibreOffice converts the Word file');
    await openGlossa(page);
    await replaceWords(page, 'Zhejiang News', 'Zhejiang Daily');
    // A flag with a suggested fix, applied from its card.
    await selectInArticle(page, 'Zheng Shajie');
    await page.keyboard.press('Control+Alt+F');
    // The card by its annotation, not its quote: the quote follows the words once the fix is saved.
    const id = await cardFor(page, 'Zheng Shajie').getAttribute('data-annotation-id');
    const flag = cards(page).and(page.locator(`[data-annotation-id="${id}"]`));
    await flag.getByLabel('Suggested fix').fill('Zheng Zhajie');
    await flag.getByLabel('What is wrong').fill('The name is 郑栅洁: Zhajie, as the rest of the article has it.');
    await flag.getByRole('button', { name: 'Apply suggestion' }).click();
    await expect(flag.locator('.card-status')).toHaveText('Fixed');
    await page.getByRole('button', { name: 'Changes', exact: true }).click();
    await changeCount(page, 2);
    await expect(changeItems(page).filter({ has: page.locator('ins', { hasText: 'Zhajie' }) })).toContainText('Fixes flag');
    await expect(changeItems(page).filter({ has: page.locator('ins', { hasText: 'Daily' }) })).not.toContainText('Fixes flag');
    await waitForSaved(page);

    const txt = (await download(page, () => panel(page).getByRole('button', { name: '.txt…' }).click())).toString('utf8');
    expect(txt).toContain('Zheng Zhajie hosted\n');
    expect(txt).toContain('Source: Zhejiang Daily\n');
    expect(txt).not.toContain('Shajie');
    const md = (await download(page, () => panel(page).getByRole('button', { name: '.md…' }).click())).toString('utf8');
    expect(md).toContain('Zheng Zhajie hosted');
    const html = (await download(page, () => panel(page).getByRole('button', { name: '.html…' }).click())).toString('utf8');
    expect(html).toContain('<p>Zheng Zhajie hosted</p>');
    const clean = unzipSync(await download(page, () => panel(page).getByRole('button', { name: 'Corrected .docx…' }).click()));
    const cleanXml = strFromU8(clean['word/document.xml']!);
    expect(cleanXml).toContain('Zhajie');
    expect(cleanXml).not.toContain('Shajie');
    expect(cleanXml).not.toMatch(/<w:(ins|del)\b/);

    const tracked = await download(page, () => panel(page).getByRole('button', { name: 'Word with tracked changes…' }).click());
    const trackedXml = strFromU8(unzipSync(tracked)['word/document.xml']!);
    expect(trackedXml).toMatch(/<w:del\b[^>]*w:author=/);
    expect(trackedXml).toMatch(/<w:ins\b[^>]*w:author=/);

    // LibreOffice from Debian opens it: the revisions and the comment on its words are there.
    test.skip(!SOFFICE, 'LibreOffice is not installed (apt-get install libreoffice-writer-nogui); the .docx was checked as XML only');
    const dir = mkdtempSync(join(tmpdir(), 'glossa-docx-'));
    writeFileSync(join(dir, 'review.docx'), tracked);
    execFileSync(SOFFICE!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'fodt', '--outdir', dir, join(dir, 'review.docx')], { timeout: 120_000, stdio: 'pipe' });
    const fodt = readFileSync(join(dir, 'review.fodt'), 'utf8');
    await testInfo.attach('review.fodt', { body: fodt, contentType: 'application/xml' });
    expect(changedWords(fodt, 'deletion').map((change) => change.words.trim())).toEqual(expect.arrayContaining(['News', 'Shajie']));
    expect(changedWords(fodt, 'insertion').map((change) => change.words.trim())).toEqual(expect.arrayContaining(['Daily', 'Zhajie']));
    expect(fodt).toMatch(/<office:annotation\b[\s\S]*?Zhajie, as the rest of the article has it[\s\S]*?<\/office:annotation>/);
    // The comment names the flag as the card does, category and severity in words, not ids.
    expect(fodt).toMatch(/<office:annotation\b[\s\S]*?Flag · [A-Z][^<]* · (Minor|Major|Critical|Neutral|no severity yet)<[\s\S]*?<\/office:annotation>/);
    expect(fodt).toContain('<office:annotation-end');
  });
});
