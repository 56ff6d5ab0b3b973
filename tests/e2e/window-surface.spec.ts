import { expect, test } from '@playwright/test';
import { CHANNELS } from '../../src/shared/contract';
import { startOfficeHost, type OfficeHost } from './office-host';

let host: OfficeHost;
test.beforeAll(async () => {
  host = await startOfficeHost();
});
test.afterAll(async () => {
  await host.close();
});

// What the page can reach must be what the Electron preload gives it: `window.kaona` with exactly
// the contract's methods, and no Node or Electron escape hatch.
test('the page sees window.kaona with exactly the contract, and no Node', async ({ page }) => {
  await page.goto(host.url);

  const surface = await page.evaluate(() => {
    const page = globalThis as unknown as Record<string, unknown>;
    const kaona = page.kaona as Record<string, Record<string, unknown>>;
    return {
      require: typeof page.require,
      process: typeof page.process,
      module: typeof page.module,
      ipcRenderer: typeof page.ipcRenderer,
      kaonaFrozen: Object.isFrozen(kaona),
      methods: Object.entries(kaona).flatMap(([namespace, group]) =>
        Object.entries(group).map(([name, value]) => `${namespace}.${name}:${typeof value}`),
      ),
      tokenOnWindow: Object.keys(page).filter((key) => /token/i.test(key)),
    };
  });

  expect(surface.require).toBe('undefined');
  expect(surface.process).toBe('undefined');
  expect(surface.module).toBe('undefined');
  expect(surface.ipcRenderer).toBe('undefined');
  expect(surface.kaonaFrozen).toBe(true);
  expect(surface.methods.sort()).toEqual(CHANNELS.map((channel) => `${channel}:function`).sort());
  expect(surface.tokenOnWindow).toEqual([]);
});

test('window.kaona reaches the real core and cannot be replaced', async ({ page }) => {
  await page.goto(host.url);
  const outcome = await page.evaluate(async () => {
    const page = globalThis as unknown as { kaona: { app: { info: () => Promise<unknown> } } };
    const info = await page.kaona.app.info();
    try {
      (page as { kaona: unknown }).kaona = {};
    } catch {
      // Strict-mode code gets a TypeError; sloppy code is ignored. Either way it must not stick.
    }
    const replaced = !('app' in (page.kaona as object));
    return { info, replaced };
  });
  expect(outcome.info).toMatchObject({
    ok: true,
    value: { name: 'Kaona', runtime: { electron: null } },
  });
  expect(outcome.replaced).toBe(false);
});

test('a page cannot call /rpc without the token', async ({ page }) => {
  await page.goto(host.url);
  const status = await page.evaluate(async () => {
    const response = await fetch('/rpc', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel: 'app.info', input: {} }),
    });
    return response.status;
  });
  expect(status).toBe(403);
});
