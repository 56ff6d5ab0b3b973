import { describe, expect, it, vi } from 'vitest';
import { APP_PARTITION, secureWebPreferences } from '../../src/main/app/security/web-preferences';

// A stand-in BrowserWindow that records its options: the real electron package must not load here.
const created = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
  },
}));

const { createWindowFactory } = await import('../../src/main/app/windows/create-window');
const { mainWindowOptions } = await import('../../src/main/app/windows/main-window');

const PRELOAD = '/opt/kaona/out/preload/index.cjs';

describe('secure web preferences', () => {
  it('are exactly the hardened set, with the built CommonJS preload', () => {
    expect(secureWebPreferences(PRELOAD)).toEqual({
      preload: PRELOAD,
      partition: 'kaona',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      enableWebSQL: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('never enable Blink features or extra arguments', () => {
    const preferences = secureWebPreferences(PRELOAD, { devTools: true });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
    expect(preferences).not.toHaveProperty('session');
    expect(preferences.devTools).toBe(true);
  });

  it('use an in-memory session, so web storage never reaches the disk', () => {
    expect(APP_PARTITION).not.toMatch(/^persist:/);
  });

  it('are a fresh object per window', () => {
    expect(secureWebPreferences(PRELOAD)).not.toBe(secureWebPreferences(PRELOAD));
  });
});

describe('the window factory', () => {
  it('gives every window the secure preferences', () => {
    created.length = 0;
    const createWindow = createWindowFactory({ preloadPath: PRELOAD, devTools: false });
    createWindow({ show: false, title: 'print' });
    createWindow(mainWindowOptions());
    expect(created).toHaveLength(2);
    for (const options of created)
      expect(options.webPreferences).toEqual(secureWebPreferences(PRELOAD));
    expect(created[0]).toMatchObject({ show: false, title: 'print' });
  });

  it('drops web preferences smuggled in by a caller', () => {
    created.length = 0;
    const createWindow = createWindowFactory({ preloadPath: PRELOAD, devTools: false });
    const sneaky = {
      show: false,
      webPreferences: { nodeIntegration: true, sandbox: false, contextIsolation: false },
    };
    createWindow(sneaky as Parameters<typeof createWindow>[0]);
    expect(created[0]?.webPreferences).toEqual(secureWebPreferences(PRELOAD));
  });
});

describe('the main window', () => {
  it('is titled Kaona, at least 1024×700, and shown only when ready', () => {
    expect(mainWindowOptions()).toMatchObject({
      title: 'Kaona',
      minWidth: 1024,
      minHeight: 700,
      show: false,
    });
    expect(mainWindowOptions()).not.toHaveProperty('webPreferences');
    expect(mainWindowOptions().backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
