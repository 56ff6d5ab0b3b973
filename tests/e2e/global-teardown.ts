import { rmSync } from 'node:fs';

/** Removes the run's temp data folder (created in playwright.config.ts). */
export default function globalTeardown(): void {
  const dir = process.env.KAONA_E2E_DATA_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
