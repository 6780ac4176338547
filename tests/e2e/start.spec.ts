import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config';
import { SAMPLE_TITLE } from './fixtures';

// The README's two commands, run as a translator runs them: `npm start` where Electron cannot
// be had opens the built app in an installed Chromium (here headless, with a debugging port
// to look into it), and `npm run web` serves the same build for any browser.

const ROOT = resolve(__dirname, '../..');
const BROWSER = chromiumLaunchOptions.executablePath;
const TBX = readFileSync(resolve(ROOT, '../shared/standards/tbx/Example_TBX-Core_DCA_VALID.tbx'));

test.describe.configure({ mode: 'serial' });
test.skip(!BROWSER || !existsSync(BROWSER), 'no Chromium binary to open Glossa in (set GLOSSA_CHROMIUM)');

/** `npm <args>` in its own process group, its output kept; resolves once a line matches. */
function npm(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): { child: ChildProcess; output: () => string; ready: Promise<string>; exited: Promise<number | null> } {
  let output = '';
  const child = spawn('npm', args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const readyPromise = new Promise<string>((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => ready.test(candidate));
      if (line) resolvePromise(line);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('close', (code) => reject(new Error(`npm ${args.join(' ')} ended (${code}) before it was ready:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolvePromise) => child.on('close', (code) => resolvePromise(code)));
  return { child, output: () => output, ready: readyPromise, exited };
}

/** Ends what is left of a run (npm and its children), if anything is. */
function stopGroup(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function expectSample(page: Page): Promise<void> {
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 2 })).toHaveText(SAMPLE_TITLE, { timeout: 30_000 });
}

test('npm start without Electron opens Glossa in an installed Chromium as an app window, and stops when it closes', async () => {
  test.setTimeout(240_000);
  const home = mkdtempSync(join(tmpdir(), 'glossa-start-'));
  const port = 47915;
  const debugging = 47925;
  const run = npm(
    ['start', '--', '--browser'],
    {
      GLOSSA_START_PORT: String(port),
      GLOSSA_BROWSER: BROWSER,
      GLOSSA_BROWSER_ARGS: `--headless=new --remote-debugging-port=${debugging} --disable-gpu`,
      XDG_CONFIG_HOME: home,
    },
    /Glossa opened in/,
  );
  try {
    // One line says what it opened, and where.
    const line = await run.ready;
    expect(line).toContain(`Glossa opened in the browser in GLOSSA_BROWSER (${BROWSER}) at http://127.0.0.1:${port}/`);
    // Its own profile, in Glossa's user-data folder.
    expect(existsSync(join(home, 'Glossa', 'browser-profile'))).toBe(true);

    await expect.poll(() => reachable(`http://127.0.0.1:${debugging}/json/version`), { timeout: 30_000 }).toBe(true);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugging}`);
    const window = browser.contexts()[0]!.pages().find((page) => page.url().startsWith(`http://127.0.0.1:${port}/`));
    expect(window, 'the app window').toBeDefined();
    await expectSample(window!);

    // Closing the window stops the server, and npm start with it.
    const session = await browser.newBrowserCDPSession();
    await session.send('Browser.close').catch(() => undefined);
    expect(await run.exited).toBe(0);
    expect(await reachable(`http://127.0.0.1:${port}/`)).toBe(false);
  } finally {
    stopGroup(run.child);
    rmSync(home, { recursive: true, force: true });
  }
});

test('npm run web serves the built app, and a glossary imports through it', async ({ page }) => {
  test.setTimeout(240_000);
  const port = 47916;
  const run = npm(['run', 'web'], { GLOSSA_WEB_PORT: String(port) }, /Glossa is at/);
  try {
    expect(await run.ready).toContain(`http://localhost:${port}/`);
    await page.goto(`http://127.0.0.1:${port}/`);
    await expectSample(page);
    // The built app, not the dev server: no Vite client in the page.
    expect(await page.locator('script[src*="@vite/client"]').count()).toBe(0);

    await page.keyboard.press('Control+Shift+G');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('main', { name: 'Glossary' }).getByRole('button', { name: 'Import terms…' }).click();
    await (await chooser).setFiles({ name: 'Example_TBX-Core_DCA_VALID.tbx', mimeType: 'application/xml', buffer: TBX });
    const dialog = page.getByRole('dialog', { name: /Example_TBX-Core_DCA_VALID\.tbx/ });
    await expect(dialog.getByRole('table', { name: 'Languages in the file' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toContainText('39 added');

    process.kill(-run.child.pid!, 'SIGINT');
    await run.exited;
    await expect.poll(() => reachable(`http://127.0.0.1:${port}/`)).toBe(false);
  } finally {
    stopGroup(run.child);
  }
});
