import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config';
import { editor } from './fixtures';

/**
 * A crash, as a power cut or a killed process is: the browser gets SIGKILL while the
 * translator is typing without a pause, on a profile kept on disk. Chromium is started by
 * hand (not by Playwright) so the test owns the process and can kill it outright; Playwright
 * attaches over the DevTools protocol to type.
 */

const TYPING_MS = 5000;
/** What the autosave promises: a crash loses at most the last second of typing. */
const MAX_LOST_MS = 1000;
/** Keys reach the page through the DevTools protocol a few ms after they are sent. */
const DELIVERY_SLACK_MS = 150;

interface RunningBrowser {
  process: ChildProcess;
  browser: Browser;
}

async function launch(profile: string): Promise<RunningBrowser> {
  const executable = chromiumLaunchOptions.executablePath;
  if (!executable) throw new Error('no Chromium: set GLOSSA_CHROMIUM');
  const portFile = join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const child = spawn(
    executable,
    [...chromiumLaunchOptions.args, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--window-size=1400,900', 'about:blank'],
    { stdio: 'ignore', detached: true },
  );
  const deadline = Date.now() + 20_000;
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8').split('\n').length < 2) {
    if (Date.now() > deadline) throw new Error('Chromium did not open its DevTools port');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0]!.trim();
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  return { process: child, browser };
}

async function openPage(running: RunningBrowser, url: string): Promise<Page> {
  const context = running.browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(url);
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 2 })).toBeVisible();
  return page;
}

function kill(running: RunningBrowser): Promise<void> {
  return new Promise((resolve) => {
    running.process.once('exit', () => resolve());
    // The whole process group: the browser and its renderers, at once, with no chance to save.
    process.kill(-running.process.pid!, 'SIGKILL');
  });
}

test.describe('crash safety', () => {
  test('a SIGKILL during continuous typing loses at most the last second', async ({ baseURL }) => {
    test.setTimeout(90_000);
    const profile = mkdtempSync(join(tmpdir(), 'glossa-crash-'));
    try {
      let running = await launch(profile);
      let page = await openPage(running, baseURL!);
      const lastParagraph = editor(page).locator('p').last();
      await lastParagraph.click();
      await page.keyboard.press('Control+End');
      const before = (await lastParagraph.textContent()) ?? '';

      // Words typed one key at a time, ~40 ms apart, never pausing; each key's time is kept.
      const typed: Array<{ text: string; at: number }> = [];
      const started = Date.now();
      let word = 0;
      while (Date.now() - started < TYPING_MS) {
        const text = ` w${word}`;
        for (const key of text) {
          await page.keyboard.type(key);
          typed.push({ text: key, at: Date.now() });
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
        word += 1;
      }
      const killedAt = Date.now();
      await kill(running);

      running = await launch(profile);
      page = await openPage(running, baseURL!);
      const after = (await editor(page).locator('p').last().textContent()) ?? '';
      await running.browser.close().catch(() => undefined);
      await kill(running).catch(() => undefined);

      expect(after.startsWith(before)).toBe(true);
      const kept = after.slice(before.length);
      const all = typed.map((key) => key.text).join('');
      // What was kept is exactly the start of what was typed: nothing misplaced or garbled.
      expect(all.startsWith(kept)).toBe(true);
      // Everything typed more than a second before the kill is there.
      const mustKeep = typed.filter((key) => key.at < killedAt - MAX_LOST_MS - DELIVERY_SLACK_MS).length;
      test.info().annotations.push({
        type: 'crash',
        description: `typed ${typed.length} keys over ${killedAt - started} ms; kept ${kept.length}; lost ${typed.length - kept.length} (the last ${killedAt - (typed[kept.length]?.at ?? killedAt)} ms)`,
      });
      expect(kept.length).toBeGreaterThanOrEqual(mustKeep);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
