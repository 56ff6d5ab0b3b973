import { chromium, defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * Browser end-to-end tests (docs/architecture.md §7): the built renderer in Chromium, the real core
 * behind it through the web host. `npm test` builds first; this config never builds. Each spec
 * file starts its own web host with a fresh data folder (tests/e2e/office-host.ts).
 */

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
  // Specs start the web host in-process, importing the core: its TypeScript needs a tsconfig
  // without the type-only `paths` alias (see tsconfig.playwright.json).
  tsconfig: './tsconfig.playwright.json',
  outputDir: 'test-results',
  // Files run side by side, one worker per core: each file starts its own web host with its own
  // data folder and clock (office-host.ts), so files share nothing. Within a file the tests walk
  // one story through one office, in order, in the same worker (`fullyParallel: false`; the
  // story files also say `mode: 'serial'`). Argon2id (128 MiB a sign-in) thus runs at most once
  // per core at a time.
  fullyParallel: false,
  workers: availableParallelism(),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
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
});
