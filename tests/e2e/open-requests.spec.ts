import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { OpenRequest, RecentDocument } from '../../src/core/host';
import { libraryItems, openGlossa, SAMPLE_TITLE } from './fixtures';

// What the desktop app's renderer does with files the OS hands over ("Open with", a second
// launch, the OS recent list) and with File › Open Recent. The Electron binary cannot run here,
// so the page gets a stand-in for the preload bridge (window.glossaHost): the real renderer, real
// IndexedDB, and the same Host contract main speaks; main's side has its unit tests
// (src/main/index.test.ts, open-requests.test.ts, menu.test.ts).

const TBX = readFileSync(resolve(__dirname, '../../../shared/standards/tbx/Example_TBX-Core_DCA_VALID.tbx'));

declare global {
  interface Window {
    glossaTestBridge: {
      recent: RecentDocument[][];
      open(request: unknown): void;
      menu(command: string): void;
    };
  }
}

/** Before the app loads: a bridge that keeps what the renderer tells main and lets the test play main. */
async function withDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const openListeners = new Set<(request: unknown) => void>();
    const menuListeners = new Set<(command: string) => void>();
    const recent: RecentDocument[][] = [];
    const subscribe =
      <T,>(set: Set<(value: T) => void>) =>
      (listener: (value: T) => void) => {
        set.add(listener);
        return () => set.delete(listener);
      };
    window.glossaTestBridge = {
      recent,
      open: (request) => openListeners.forEach((listener) => listener(request)),
      menu: (command) => menuListeners.forEach((listener) => listener(command)),
    };
    Object.defineProperty(window, 'glossaHost', {
      value: {
        openFiles: async () => [],
        saveFile: async () => ({ saved: false }),
        readClipboardText: async () => '',
        getAppInfo: async () => ({ name: 'Glossa', version: '0.0.0', platform: 'electron', dataLocation: 'a test', runtime: [] }),
        onMenuCommand: subscribe(menuListeners),
        writeBackup: async () => ({ saved: false }),
        listBackups: async () => [],
        readBackup: async (name: string) => ({ ok: false, name, reason: 'not in this test' }),
        confirmClose: async () => undefined,
        onLifecycleRequest: () => () => undefined,
        setRecentDocuments: async (documents: RecentDocument[]) => void recent.push(documents),
        onOpenRequest: subscribe(openListeners),
      },
    });
  });
}

/** What main would send: the files' bytes as Uint8Array, built in the page. */
async function openFromOs(page: Page, files: Array<{ name: string; text?: string; bytes?: Buffer; reason?: string }>): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, reason: file.reason, bytes: [...(file.bytes ?? Buffer.from(file.text ?? ''))] }));
  await page.evaluate((sent) => {
    const request = {
      type: 'files',
      files: sent.map((file) => (file.reason ? { ok: false, name: file.name, reason: file.reason } : { ok: true, name: file.name, bytes: new Uint8Array(file.bytes) })),
    };
    window.glossaTestBridge.open(request);
  }, payload);
}

async function sendRequest(page: Page, request: OpenRequest): Promise<void> {
  await page.evaluate((sent) => window.glossaTestBridge.open(sent), request);
}

const menuTitles = (page: Page) => page.evaluate(() => (window.glossaTestBridge.recent.at(-1) ?? []).map((entry) => entry.title));
const articleHeading = (page: Page) => page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 2 });

test.beforeEach(async ({ page }) => {
  await withDesktopBridge(page);
  await openGlossa(page);
});

test('a file handed over by the OS enters the library and opens; File › Open Recent follows what was opened', async ({ page }) => {
  await expect.poll(() => menuTitles(page)).toEqual([SAMPLE_TITLE]);
  const sampleId = await page.evaluate(() => window.glossaTestBridge.recent.at(-1)![0]!.id);

  await openFromOs(page, [{ name: 'Harbour notice.md', text: '# Harbour notice\n\nThe ferry leaves at nine from the north pier.\n' }]);
  await expect(articleHeading(page)).toHaveText('Harbour notice');
  await expect(libraryItems(page).filter({ hasText: 'Harbour notice' })).toHaveCount(1);
  await expect.poll(() => menuTitles(page)).toEqual(['Harbour notice', SAMPLE_TITLE]);

  // Choosing the sample in File › Open Recent opens it, and it comes first again.
  await sendRequest(page, { type: 'document', documentId: sampleId });
  await expect(articleHeading(page)).toHaveText(SAMPLE_TITLE);
  await expect.poll(() => menuTitles(page)).toEqual([SAMPLE_TITLE, 'Harbour notice']);

  // The list survives a restart (it is kept in the library).
  await page.reload();
  await expect(articleHeading(page)).toHaveText(SAMPLE_TITLE);
  await expect.poll(() => menuTitles(page)).toEqual([SAMPLE_TITLE, 'Harbour notice']);

  // Clear Menu empties it; the next document opened starts it again.
  await page.evaluate(() => window.glossaTestBridge.menu('file.clearRecent'));
  await expect.poll(() => menuTitles(page)).toEqual([]);
  await libraryItems(page).filter({ hasText: 'Harbour notice' }).click();
  await expect.poll(() => menuTitles(page)).toEqual(['Harbour notice']);
});

test('a termbase handed over or dropped opens the glossary import preview; a file that could not be read and a document no longer there are named', async ({ page }) => {
  await openFromOs(page, [{ name: 'Example_TBX-Core_DCA_VALID.tbx', bytes: TBX }]);
  const dialog = page.getByRole('dialog', { name: /Example_TBX-Core_DCA_VALID\.tbx/ });
  await expect(dialog.getByRole('table', { name: 'Languages in the file' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Dropped on the window, a termbase is known by its content, whatever it is called.
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'client terms.xml', { type: 'application/xml' }));
    return transfer;
  }, [...TBX]);
  // The glossary view is open now: a drop anywhere on the window counts.
  await page.dispatchEvent('.glossary-pane', 'dragenter', { dataTransfer });
  await page.dispatchEvent('.glossary-pane', 'drop', { dataTransfer });
  const dropped = page.getByRole('dialog', { name: /client terms\.xml/ });
  await expect(dropped.getByRole('table', { name: 'Languages in the file' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dropped).toBeHidden();
  const before = await libraryItems(page).count();

  await openFromOs(page, [{ name: 'gone.xlf', reason: 'it no longer exists' }]);
  await expect(page.getByText('Could not import “gone.xlf”: it no longer exists.')).toBeVisible();
  await sendRequest(page, { type: 'document', documentId: 'no-such-document' });
  await expect(page.getByText('That document is no longer in the library.')).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(before);
});
