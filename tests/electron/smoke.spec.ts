import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { ipcMainInvokeHandler, ipcRendererInvoke } from 'electron-playwright-helpers';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS } from '../../src/shared/contract';

/**
 * Electron smoke suite: the built app in the real runtime. Run through `npm run test:electron`,
 * which provides the binary's path and skips the suite where no Electron runtime is installed.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = process.env.KAONA_ELECTRON_EXECUTABLE;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};

/** The environment for the app: no dev server, no inherited data folder. */
function appEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      value !== undefined &&
      key !== 'ELECTRON_RENDERER_URL' &&
      key !== 'KAONA_DATA_DIR' &&
      key !== 'ELECTRON_RUN_AS_NODE'
    ) {
      env[key] = value;
    }
  }
  return env;
}

interface PageResult<T> {
  ok: boolean;
  value?: T;
  error?: { code: string };
}

/** tests/electron compiles without the DOM library: the page's globals are reached via globalThis. */
type PageGlobals = {
  kaona: {
    app: {
      info: () => Promise<
        PageResult<{
          name: string;
          version: string;
          dataDir: string;
          runtime: { electron: string | null };
        }>
      >;
    };
    preferences: { set: (input: { language: 'th' | 'en' }) => Promise<PageResult<unknown>> };
  };
};

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  if (!executablePath) {
    throw new Error(
      'KAONA_ELECTRON_EXECUTABLE is not set: run the smoke suite with `npm run test:electron`.',
    );
  }
  if (!existsSync(join(root, 'out/main/index.js')))
    throw new Error('The app is not built: run `npm run build` first.');
  dataDir = mkdtempSync(join(tmpdir(), 'kaona-electron-'));
  // The project folder, not out/main/index.js: Electron then reads package.json, so the app's
  // name and version are Kaona's rather than Electron's.
  app = await _electron.launch({
    executablePath,
    args: [root, `--data-dir=${dataDir}`],
    cwd: root,
    env: appEnv(),
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('opens one window, on the app’s own origin', async () => {
  expect(page.url()).toMatch(/^app:\/\/kaona\//);
  // The window is created hidden and shown on ready-to-show.
  await expect
    .poll(() =>
      app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((window) => ({
          minimumSize: window.getMinimumSize(),
          visible: window.isVisible(),
        })),
      ),
    )
    .toEqual([{ minimumSize: [1024, 700], visible: true }]);
});

test('the page is sandboxed: no Node, no Electron, only window.kaona', async () => {
  const surface = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      Buffer: typeof scope.Buffer,
      global: typeof scope.global,
      ipcRenderer: typeof scope.ipcRenderer,
      electron: typeof scope.electron,
      kaona: Object.keys(scope.kaona as object).sort(),
    };
  });
  expect(surface).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    global: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
    kaona: [...new Set(CHANNELS.map((channel) => channel.split('.')[0]!)), 'events'].sort(),
  });
  await expect(ipcRendererInvoke(page, 'kaona:app.info', {})).rejects.toThrow(/require/);
});

test('the window runs in the in-memory app session with a sandboxed renderer', async () => {
  const state = await app.evaluate(({ BrowserWindow, app: electronApp, session }) => {
    const [window] = BrowserWindow.getAllWindows();
    const contents = window!.webContents;
    const rendererPid = contents.getOSProcessId();
    const metric = electronApp.getAppMetrics().find((entry) => entry.pid === rendererPid);
    return {
      appSession: contents.session === session.fromPartition('kaona'),
      persistent: contents.session.isPersistent(),
      // Reported on Windows and macOS only; undefined elsewhere.
      sandboxed: metric?.sandboxed,
    };
  });
  expect(state.appSession).toBe(true);
  expect(state.persistent).toBe(false);
  expect(state.sandboxed).not.toBe(false);
});

test('app.info works through window.kaona and reports the chosen data folder', async () => {
  const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).kaona.app.info());
  expect(info.ok).toBe(true);
  expect(info.value).toMatchObject({ name: 'Kaona', version: packageJson.version, dataDir });
  expect(info.value?.runtime.electron).toMatch(/^\d+\./);

  const set = await page.evaluate(() =>
    (globalThis as unknown as PageGlobals).kaona.preferences.set({ language: 'en' }),
  );
  expect(set.ok).toBe(true);
  expect(existsSync(join(dataDir, 'preferences.json'))).toBe(true);
});

test('a call that does not come from an app frame is refused', async () => {
  // The helper calls the main-process handler with a synthetic event that has no sender frame.
  expect(await ipcMainInvokeHandler(app, 'kaona:app.info', {})).toEqual({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

test('app:// responses carry the CSP header, and remote content does not load', async () => {
  const result = await page.evaluate(async () => {
    const response = await fetch('app://kaona/index.html');
    const remote = await fetch('https://www.lazada.co.th/').then(
      () => 'loaded',
      () => 'blocked',
    );
    return {
      status: response.status,
      csp: response.headers.get('content-security-policy'),
      remote,
    };
  });
  expect(result.status).toBe(200);
  expect(result.csp).toContain("default-src 'none'");
  expect(result.csp).toContain("frame-ancestors 'none'");
  expect(result.remote).toBe('blocked');
});

test('the page can neither leave the app nor open windows', async () => {
  const opened = await page.evaluate(() => {
    const scope = globalThis as unknown as { open: (url: string) => unknown };
    return [scope.open('https://example.com/'), scope.open('app://kaona/index.html')].map(
      (value) => value === null,
    );
  });
  expect(opened).toEqual([true, true]);

  for (const target of ['https://example.com/', 'file:///etc/passwd', 'app://kaona.evil.com/']) {
    await page.evaluate((url) => {
      (globalThis as unknown as { location: { href: string } }).location.href = url;
    }, target);
    await page.waitForTimeout(300);
    expect(page.url(), target).toMatch(/^app:\/\/kaona\//);
  }
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('web permissions are refused', async () => {
  const state = await page.evaluate(async () => {
    const { navigator } = globalThis as unknown as {
      navigator: {
        permissions: { query: (descriptor: { name: string }) => Promise<{ state: string }> };
      };
    };
    return (await navigator.permissions.query({ name: 'geolocation' })).state;
  });
  expect(state).toBe('denied');
});

test('a second Kaona on the same data folder exits and leaves the first running', () => {
  const second = spawnSync(executablePath!, [root, `--data-dir=${dataDir}`], {
    cwd: root,
    env: appEnv(),
    timeout: 30_000,
  });
  expect(second.error).toBeUndefined();
  expect(second.status).toBe(0);
  expect(page.isClosed()).toBe(false);
});

test('main pushes the OS lock to the page at once, as session.changed', async () => {
  const setUp = await page.evaluate(async () => {
    type Kaona = {
      setup: Record<string, (input?: unknown) => Promise<{ ok: boolean }>>;
      events: { on: (event: string, listener: (...args: unknown[]) => void) => () => void };
    };
    const scope = globalThis as unknown as { kaona: Kaona; pushed: unknown[][] };
    await scope.kaona.setup.begin!();
    const completed = await scope.kaona.setup.complete!({
      agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
      adminFullName: 'สมศรี ใจดี',
      adminPosition: 'นักพัฒนาสังคมชำนาญการ',
      adminUserName: 'admin.kk',
      password: 'Kaona-admin-2569!',
      language: 'th',
      recoveryCodeStored: true,
    });
    scope.pushed = [];
    // Every argument the listener gets is recorded: it must be the payload and nothing else.
    scope.kaona.events.on('session.changed', (...args) => scope.pushed.push(args));
    return completed.ok;
  });
  expect(setUp).toBe(true);

  await app.evaluate(({ powerMonitor }) => {
    powerMonitor.emit('lock-screen');
  });
  await expect
    .poll(() => page.evaluate(() => (globalThis as unknown as { pushed: unknown[][] }).pushed))
    .toEqual([[{ status: 'locked', user: { userName: 'admin.kk', fullName: 'สมศรี ใจดี' } }]]);
});

test('the app says it can print on paper and to PDF', async () => {
  const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).kaona.app.info());
  expect(info.value).toMatchObject({ printing: { pdf: true, paper: true } });
});

test('a hidden print window in the app session prints the print route to PDF', async () => {
  // Hidden, in the app's own session (its CSP, navigation and permission rules), as print-window.ts
  // makes it; a ticket nobody issued, so the page has nothing to show, and it still prints.
  const result = await app.evaluate(async ({ BrowserWindow }) => {
    const [main] = BrowserWindow.getAllWindows();
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        session: main!.webContents.session,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      },
    });
    const titles: string[] = [];
    window.webContents.on('page-title-updated', (_event, title) => titles.push(title));
    const start = main!.webContents.getURL().split('#')[0];
    await window.loadURL(`${start}#/print/${'A'.repeat(32)}`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
    });
    const url = window.webContents.getURL();
    window.destroy();
    return {
      header: pdf.subarray(0, 5).toString('latin1'),
      url,
      titles,
      windows: BrowserWindow.getAllWindows().length,
    };
  });
  expect(result.header).toBe('%PDF-');
  expect(result.url).toMatch(/^app:\/\/kaona\/index\.html#\/print\//);
  expect(result.windows).toBe(1);
});
