import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real renderer, built for the web (`npm run build:web`),
 * in a real Chromium with its real IndexedDB. Debian's Chromium is used because
 * Playwright's own browser download cannot be fetched here; GLOSSA_CHROMIUM overrides it.
 */
const chromium = process.env.GLOSSA_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.GLOSSA_E2E_PORT ?? 4173);

export const chromiumLaunchOptions = {
  executablePath: chromium,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  // A whole user journey on a 2-core CI machine running two browsers: the longest take 15-25 s
  // there, so 30 s left no room. Each step still fails on its own 7 s expect timeout.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testIgnore: [/electron\.spec\.ts/, /crash\.spec\.ts/],
      use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions, viewport: { width: 1400, height: 900 } },
    },
    // The crash test times the autosave against a SIGKILL; it runs once the others are done, so
    // it measures Glossa, not a 2-core machine also running two other browsers. `--no-deps`
    // runs it alone.
    { name: 'crash', testMatch: /crash\.spec\.ts/, dependencies: ['web'] },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
