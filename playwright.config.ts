import { chromium, defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Browser end-to-end tests (DESIGN.md section 7): the built renderer in Chromium, the real core
 * behind it through the web host. `npm test` builds first; this config never builds.
 */

const PORT = Number(process.env.KAONA_E2E_PORT ?? 5199);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// The config is loaded by the runner and again by every worker: create the data folder once and
// hand it on through the environment, which the workers inherit.
process.env.KAONA_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'kaona-e2e-'));
const DATA_DIR = process.env.KAONA_E2E_DATA_DIR;

/** Debian's Chromium where it exists, Playwright's own where that is installed; never neither. */
function chromiumExecutable(): string | undefined {
  const system = '/usr/bin/chromium';
  if (existsSync(system)) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    `No Chromium for the e2e tests: neither ${system} nor Playwright's browser (${chromium.executablePath()}) exists. ` +
      'Install the chromium package, or run `npx playwright install chromium` where downloads work.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  globalTeardown: './tests/e2e/global-teardown.ts',
  // One web host, one data folder: tests share state, so they run one at a time.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    timezoneId: 'Asia/Bangkok',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // The same Node that runs Playwright, with tsx as a loader: no reliance on PATH.
    command: [
      JSON.stringify(process.execPath),
      '--import tsx',
      'scripts/web-host/main.ts',
      '--no-build',
      `--port ${PORT}`,
      `--data-dir ${JSON.stringify(DATA_DIR)}`,
    ].join(' '),
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
