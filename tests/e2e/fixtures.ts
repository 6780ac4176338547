import { expect, type Page } from '@playwright/test';

export const SAMPLE_TITLE = 'Provincial government holds 60th executive meeting';

/** Opens Glossa on a fresh profile (each Playwright test has its own IndexedDB) and waits for the sample. */
export async function openGlossa(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 2 })).toBeVisible();
}

export function libraryItems(page: Page) {
  return page.getByRole('list', { name: 'Documents' }).getByRole('button');
}

export function editor(page: Page) {
  return page.locator('.article-editor');
}

export async function importThroughDialog(page: Page, files: Array<{ name: string; mimeType: string; buffer: Buffer }>) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(files);
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}
