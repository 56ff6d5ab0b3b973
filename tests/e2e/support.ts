import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Preferences } from '../../src/shared/domain/preferences';

/** The preferences file the web host's core writes, read straight from its data folder. */
export function storedPreferences(dataDir: string): Preferences | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, 'preferences.json'), 'utf8')) as Preferences;
  } catch {
    return undefined;
  }
}

/**
 * First-run setup through the page's own `window.kaona`, for specs about what comes after it
 * (the wizard itself is walked through in accounts.spec.ts). Leaves the admin signed in.
 */
export async function setUpOfficeThroughApi(page: Page): Promise<void> {
  // tests/e2e compiles without the app's window typing: the page's global is reached as globalThis.
  const result = await page.evaluate(async () => {
    type Call = (input?: unknown) => Promise<{ ok: boolean }>;
    const { kaona } = globalThis as unknown as {
      kaona: { setup: { begin: Call; complete: Call } };
    };
    await kaona.setup.begin();
    return kaona.setup.complete({
      agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่',
      adminFullName: 'นายวิชัย รักงาน',
      adminPosition: 'นักพัฒนาสังคมชำนาญการ',
      adminUserName: 'wichai.r',
      password: 'Kaona-setup-through-api-2569',
      language: 'th',
      recoveryCodeStored: true,
    });
  });
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result)}`);
}
