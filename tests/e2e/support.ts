import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Language, Preferences } from '../../src/shared/domain/preferences';

/** The preferences file the web host's core writes, read straight from its data folder. */
export function storedPreferences(): Preferences | undefined {
  const dir = process.env.KAONA_E2E_DATA_DIR;
  if (!dir) throw new Error('KAONA_E2E_DATA_DIR is not set (playwright.config.ts sets it)');
  try {
    return JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8')) as Preferences;
  } catch {
    return undefined;
  }
}

/** Sets the UI language through the page's own `window.kaona`, as the app would. */
export async function setLanguageThroughApi(page: Page, language: Language): Promise<void> {
  // tests/e2e compiles without the DOM library: the page's global is reached as `globalThis`.
  const result = await page.evaluate((next) => {
    const { kaona } = globalThis as unknown as {
      kaona: { preferences: { set: (input: unknown) => Promise<{ ok: boolean }> } };
    };
    return kaona.preferences.set({ language: next });
  }, language);
  if (!result.ok) throw new Error(`preferences.set failed: ${JSON.stringify(result)}`);
}
