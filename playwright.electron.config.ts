import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke suite (docs/architecture.md §7). Run it through `npm run test:electron`, which
 * finds the Electron binary without triggering a download and skips cleanly where there is none;
 * it passes the binary's path in KAONA_ELECTRON_EXECUTABLE. This config never builds: run
 * `npm run build` first (`npm test` does).
 */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  // Each test file launches its own app with its own data folder; one at a time keeps the
  // windows and the single-instance lock from getting in each other's way.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
