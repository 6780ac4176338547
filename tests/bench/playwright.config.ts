import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config';

const port = Number(process.env.GLOSSA_BENCH_PORT ?? 4174);

/** Benchmarks: numbers, printed as JSON. They measure; they never fail on a target. */
export default defineConfig({
  testDir: '.',
  testMatch: /\.bench\.ts$/,
  timeout: 10 * 60_000,
  workers: 1,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}`, viewport: { width: 1400, height: 900 } },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions } }],
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    cwd: resolve(__dirname, '../..'),
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
