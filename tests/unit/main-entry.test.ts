import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/shared/contract';

// The entry point wires app/, ipc/ and core/ together; each piece has its own tests, this one
// checks the wiring: src/main/index.ts started against a stand-in for Electron (the real binary
// cannot run here), as far as the first window.

interface WindowRecord {
  options: Record<string, unknown>;
  url?: string;
  sent: { channel: string; args: unknown[] }[];
}

type Handler = (
  event: { senderFrame: { url: string; origin: string } | null },
  input: unknown,
) => Promise<unknown>;

const fake = vi.hoisted(() => {
  const state = {
    handlers: new Map<string, Handler>(),
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    powerEvents: [] as string[],
    powerListeners: new Map<string, () => void>(),
    protocolSchemes: [] as string[],
    privileged: [] as unknown[],
    windows: [] as WindowRecord[],
    sandboxEnabled: false,
    lockRequested: false,
    quitCalls: 0,
    userData: '/nonexistent/default-user-data',
    setPaths: new Map<string, string>(),
    errorBoxes: [] as { title: string; body: string }[],
    exitCodes: [] as (number | undefined)[],
  };
  const session = () => ({
    protocol: { handle: (scheme: string) => state.protocolSchemes.push(scheme) },
    setPermissionRequestHandler: () => {},
    setPermissionCheckHandler: () => {},
    setDevicePermissionHandler: () => {},
    setSpellCheckerEnabled: () => {},
    webRequest: { onBeforeRequest: () => {} },
  });
  class BrowserWindow {
    record: WindowRecord;
    /** What main sends to the page: the pushed events, as `webContents.send` receives them. */
    webContents: {
      isDestroyed: () => boolean;
      getURL: () => string;
      send: (channel: string, ...args: unknown[]) => void;
    };
    constructor(options: Record<string, unknown>) {
      const record: WindowRecord = { options, sent: [] };
      this.record = record;
      this.webContents = {
        isDestroyed: () => false,
        getURL: () => record.url ?? '',
        send: (channel, ...args) => record.sent.push({ channel, args }),
      };
      state.windows.push(record);
    }
    isDestroyed() {
      return false;
    }
    once() {}
    on() {}
    async loadURL(url: string) {
      this.record.url = url;
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      getPath: () => state.userData,
      setPath: (name: string, path: string) => state.setPaths.set(name, path),
      getName: () => 'Kaona',
      getVersion: () => '0.1.0-test',
      enableSandbox: () => {
        state.sandboxEnabled = true;
      },
      requestSingleInstanceLock: () => {
        state.lockRequested = true;
        return true;
      },
      on: (event: string, listener: (...args: unknown[]) => void) =>
        state.appEvents.set(event, listener),
      whenReady: () => Promise.resolve(),
      quit: () => {
        state.quitCalls += 1;
      },
      exit: (code?: number) => state.exitCodes.push(code),
      relaunch: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
    },
    session: { fromPartition: session, defaultSession: session() },
    ipcMain: {
      handle: (channel: string, handler: Handler) => state.handlers.set(channel, handler),
      removeHandler: (channel: string) => state.handlers.delete(channel),
    },
    powerMonitor: {
      on: (event: string, listener: () => void) => {
        state.powerEvents.push(event);
        state.powerListeners.set(event, listener);
      },
    },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => {} },
    dialog: {
      showErrorBox: (title: string, body: string) => state.errorBoxes.push({ title, body }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: { openExternal: async () => {} },
    BrowserWindow,
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

describe('the main entry point', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kaona-main-entry-'));
    vi.stubEnv('KAONA_DATA_DIR', dataDir);
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    await import('../../src/main/index');
    // Let the whenReady chain run.
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
  });

  afterAll(async () => {
    // Quitting closes the core (and the database the push test opened) before the folder goes.
    fake.state.appEvents.get('before-quit')?.({ preventDefault: () => {} });
    await vi.waitFor(() => expect(fake.state.quitCalls).toBeGreaterThan(0));
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes the single-instance lock, sandboxes every renderer and registers app:// before ready', () => {
    expect(fake.state.lockRequested).toBe(true);
    expect(fake.state.sandboxEnabled).toBe(true);
    expect(fake.state.privileged).toMatchObject([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    expect(fake.state.protocolSchemes).toContain('app');
  });

  it('keeps Chromium’s profile in the data folder it was pointed at', () => {
    expect(fake.state.setPaths.get('userData')).toBe(dataDir);
    expect(fake.state.setPaths.get('crashDumps')).toBe(join(dataDir, 'crash-dumps'));
  });

  it('registers exactly one IPC handler per contract method', () => {
    expect([...fake.state.handlers.keys()].sort()).toEqual(
      CHANNELS.map((channel) => `kaona:${channel}`).sort(),
    );
  });

  it('opens one hardened window on app://kaona/index.html', () => {
    const [window] = fake.state.windows;
    expect(window?.url).toBe('app://kaona/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[/\\]index\.cjs$/,
    );
  });

  it('serves the real core to the app’s own frames only, from the data folder it was given', async () => {
    const appInfo = fake.state.handlers.get('kaona:app.info')!;
    const trusted = { senderFrame: { url: 'app://kaona/index.html', origin: 'app://kaona' } };
    expect(await appInfo(trusted, {})).toMatchObject({
      ok: true,
      value: { name: 'Kaona', version: '0.1.0-test', dataDir },
    });
    const foreign = {
      senderFrame: { url: 'https://evil.example/', origin: 'https://evil.example' },
    };
    expect(await appInfo(foreign, {})).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await fake.state.handlers.get('kaona:session.info')!(trusted, {})).toMatchObject({
      ok: true,
      value: { status: 'needs-setup' },
    });
  });

  it('locks on the OS lock screen and on suspend, and closes the core before quitting', () => {
    expect(fake.state.powerEvents).toEqual(expect.arrayContaining(['lock-screen', 'suspend']));
    expect(fake.state.appEvents.has('before-quit')).toBe(true);
    expect(fake.state.appEvents.has('second-instance')).toBe(true);
  });

  it('pushes the core’s session changes to the window: sign-in, then the OS lock', async () => {
    const trusted = { senderFrame: { url: 'app://kaona/index.html', origin: 'app://kaona' } };
    const call = (channel: string, input: unknown = {}) =>
      fake.state.handlers.get(`kaona:${channel}`)!(trusted, input);
    const [window] = fake.state.windows;
    const pushed = () =>
      window!.sent.map(({ channel, args }) => ({
        channel,
        status: (args[0] as { status: string }).status,
        extra: args.length - 1,
      }));

    expect(await call('setup.begin')).toMatchObject({ ok: true });
    expect(
      await call('setup.complete', {
        agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
        adminFullName: 'สมศรี ใจดี',
        adminPosition: 'นักพัฒนาสังคมชำนาญการ',
        adminUserName: 'admin.kk',
        password: 'Kaona-admin-2569!',
        language: 'th',
        recoveryCodeStored: true,
      }),
    ).toMatchObject({ ok: true, value: { status: 'signed-in' } });
    expect(pushed()).toEqual([
      { channel: 'kaona-event:session.changed', status: 'signed-in', extra: 0 },
    ]);

    // Nobody asks: the OS locks the screen and main tells the page on its own.
    fake.state.powerListeners.get('lock-screen')!();
    await vi.waitFor(() => expect(pushed()).toHaveLength(2));
    expect(pushed()[1]).toEqual({
      channel: 'kaona-event:session.changed',
      status: 'locked',
      extra: 0,
    });
  });
});

describe('the start-up guards of an installed Kaona', () => {
  const originalArgv = process.argv;
  let base: string;
  let userData: string;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'kaona-main-guards-'));
    // Not created yet: whoever starts creates it.
    userData = join(base, 'Kaona');
    fake.state.userData = userData;
    vi.stubEnv('KAONA_DATA_DIR', undefined);
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
  });

  afterAll(() => {
    process.argv = originalArgv;
    fake.electron.app.isPackaged = false;
    vi.unstubAllEnvs();
    rmSync(base, { recursive: true, force: true });
  });

  /** Runs src/main/index.ts afresh, as a new process would, with these switches. */
  async function startWith(options: { isPackaged: boolean; args: string[] }): Promise<void> {
    fake.electron.app.isPackaged = options.isPackaged;
    process.argv = [...originalArgv, ...options.args];
    fake.state.handlers.clear();
    fake.state.lockRequested = false;
    fake.state.sandboxEnabled = false;
    vi.resetModules();
    await import('../../src/main/index');
  }

  it('refuses --inspect: an error box, Thai first, and exit before any folder, core or window', async () => {
    const windowsBefore = fake.state.windows.length;
    await startWith({ isPackaged: true, args: ['--inspect=9229'] });
    // Give a whenReady chain, had one been started, the time to open a window.
    await new Promise((done) => setTimeout(done, 50));

    expect(fake.state.exitCodes).toEqual([1]);
    expect(fake.state.errorBoxes).toHaveLength(1);
    const { body } = fake.state.errorBoxes[0]!;
    expect(body).toContain('--inspect');
    expect(body.search(/[\u0E01-\u0E5B]/)).toBeLessThan(body.indexOf('Kaona did not start'));
    expect(fake.state.lockRequested).toBe(false);
    expect(fake.state.sandboxEnabled).toBe(false);
    expect(fake.state.handlers.size).toBe(0);
    expect(fake.state.windows).toHaveLength(windowsBefore);
    expect(existsSync(userData)).toBe(false);
  });

  it('starts from source with the same switch, in a new private default folder', async () => {
    const windowsBefore = fake.state.windows.length;
    const quitsBefore = fake.state.quitCalls;
    await startWith({ isPackaged: false, args: ['--inspect=9229'] });
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(windowsBefore + 1));

    expect(fake.state.exitCodes).toEqual([1]);
    expect(fake.state.errorBoxes).toHaveLength(1);
    expect(fake.state.handlers.size).toBeGreaterThan(0);
    expect(fake.state.setPaths.get('userData')).toBe(userData);
    expect(existsSync(userData)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(userData).mode & 0o777).toBe(0o700);

    fake.state.appEvents.get('before-quit')?.({ preventDefault: () => {} });
    await vi.waitFor(() => expect(fake.state.quitCalls).toBeGreaterThan(quitsBefore));
  });
});
