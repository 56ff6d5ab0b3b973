import { expect, test } from '@playwright/test';
import { CHANNELS } from '../../src/shared/contract';
import { startOfficeHost, type OfficeHost } from './office-host';

const SETUP = {
  agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
  adminFullName: 'นางสาวสมศรี ใจดี',
  adminPosition: 'นักพัฒนาสังคมชำนาญการ',
  adminUserName: 'somsri.j',
  password: 'Mango-river-lantern-2569',
  language: 'th',
  recoveryCodeStored: true,
};

let host: OfficeHost;
test.beforeAll(async () => {
  host = await startOfficeHost();
});
test.afterAll(async () => {
  await host.close();
});

// What the page can reach must be what the Electron preload gives it: `window.kaona` with exactly
// the contract's methods and `events.on`, and no Node or Electron escape hatch.
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
  expect(surface.methods.sort()).toEqual(
    [...CHANNELS, 'events.on'].map((name) => `${name}:function`).sort(),
  );
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

test('a page cannot open the event stream without the token', async ({ page }) => {
  await page.goto(host.url);
  const status = await page.evaluate(async () => (await fetch('/__kaona/events')).status);
  expect(status).toBe(403);
});

// Last in this file: it sets the office up and leaves it locked.
test('main’s pushed events reach window.kaona.events listeners, and only contract events', async ({
  page,
}) => {
  // The bridge opens one stream for all listeners (the app itself may already have opened it);
  // once its head has arrived, the host has subscribed it to the core.
  let streamOpen = false;
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/__kaona/events' && response.status() === 200) {
      streamOpen = true;
    }
  });
  await page.goto(host.url);
  const setUp = await page.evaluate(async (setup) => {
    type Kaona = {
      setup: Record<string, (input?: unknown) => Promise<{ ok: boolean }>>;
      events: { on: (event: string, listener: (payload: unknown) => void) => () => void };
    };
    const page = globalThis as unknown as { kaona: Kaona; pushed: unknown[] };
    let unknownEventRefused = false;
    try {
      page.kaona.events.on('kaona-event:session.changed', () => {});
    } catch {
      unknownEventRefused = true;
    }
    const begun = await page.kaona.setup.begin!();
    const completed = await page.kaona.setup.complete!(setup);
    page.pushed = [];
    page.kaona.events.on('session.changed', (payload) => page.pushed.push(payload));
    return { unknownEventRefused, begun: begun.ok, completed: completed.ok };
  }, SETUP);
  expect(setUp).toEqual({ unknownEventRefused: true, begun: true, completed: true });
  await expect.poll(() => streamOpen).toBe(true);

  await host.advanceClock(5 * 60_000 + 1_000);
  await expect
    .poll(() => page.evaluate(() => (globalThis as unknown as { pushed: unknown[] }).pushed))
    .toContainEqual({
      status: 'locked',
      user: { userName: SETUP.adminUserName, fullName: SETUP.adminFullName },
    });
});
