import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

// The glue is exercised against stand-ins for WebContents and Session; only `shell` comes from
// electron, and the real package must not load in plain Node.
const opened = vi.hoisted(() => [] as string[]);
vi.mock('electron', () => ({
  shell: {
    openExternal: async (url: string) => {
      opened.push(url);
    },
  },
}));

const { hardenSession, hardenWebContents } = await import('../../src/main/app/security/harden');

const APP = { origin: 'app://kaona', startUrl: 'app://kaona/index.html', dev: false };

type WindowOpenHandler = (details: { url: string }) => { action: string };

class FakeContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron does and reports whether a listener prevented the default. */
  fire(name: string, details: Record<string, unknown> = {}): boolean {
    let prevented = false;
    this.emit(name, { ...details, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function hardenedContents(): FakeContents {
  const contents = new FakeContents();
  hardenWebContents(contents as unknown as WebContents, APP);
  return contents;
}

beforeEach(() => {
  opened.length = 0;
});

describe('hardening of every web contents', () => {
  it('keeps main-frame navigation inside the app', () => {
    const contents = hardenedContents();
    expect(
      contents.fire('will-navigate', { url: 'app://kaona/index.html#/x', isMainFrame: true }),
    ).toBe(false);
    for (const url of [
      'https://evil.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://kaona.evil.com/',
    ]) {
      expect(contents.fire('will-navigate', { url, isMainFrame: true }), url).toBe(true);
    }
    expect(opened).toEqual([]);
  });

  it('opens an allow-listed partner link in the system browser instead', async () => {
    const contents = hardenedContents();
    expect(
      contents.fire('will-navigate', { url: 'https://www.lazada.co.th/', isMainFrame: true }),
    ).toBe(true);
    await Promise.resolve();
    expect(opened).toEqual(['https://www.lazada.co.th/']);
  });

  it('keeps subframes in the app and never opens anything from them', () => {
    const contents = hardenedContents();
    expect(
      contents.fire('will-frame-navigate', {
        url: 'https://www.lazada.co.th/',
        isMainFrame: false,
      }),
    ).toBe(true);
    expect(
      contents.fire('will-frame-navigate', { url: 'app://kaona/index.html', isMainFrame: false }),
    ).toBe(false);
    expect(opened).toEqual([]);
  });

  it('refuses redirects out of the app', () => {
    const contents = hardenedContents();
    expect(contents.fire('will-redirect', { url: 'https://www.lazada.co.th/' })).toBe(true);
    expect(contents.fire('will-redirect', { url: 'app://kaona/index.html' })).toBe(false);
    expect(opened).toEqual([]);
  });

  it('denies every new window, passing only partner links to the browser', () => {
    const contents = hardenedContents();
    expect(contents.windowOpenHandler?.({ url: 'app://kaona/index.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://evil.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://www.pdpc.or.th/' })).toEqual({
      action: 'deny',
    });
    expect(opened).toEqual(['https://www.pdpc.or.th/']);
  });

  it('refuses to attach a webview', () => {
    expect(hardenedContents().fire('will-attach-webview')).toBe(true);
  });
});

describe('hardening of a session', () => {
  function hardenedSession() {
    const recorded: {
      request?: (
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: { requestingUrl?: string },
      ) => void;
      check?: (contents: unknown, permission: string, origin: string) => boolean;
      device?: () => boolean;
      beforeRequest?: (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void;
      spellChecker?: boolean;
    } = {};
    const session = {
      setPermissionRequestHandler: (handler: typeof recorded.request) =>
        (recorded.request = handler),
      setPermissionCheckHandler: (handler: typeof recorded.check) => (recorded.check = handler),
      setDevicePermissionHandler: (handler: typeof recorded.device) => (recorded.device = handler),
      setSpellCheckerEnabled: (enabled: boolean) => (recorded.spellChecker = enabled),
      webRequest: {
        onBeforeRequest: (handler: typeof recorded.beforeRequest) =>
          (recorded.beforeRequest = handler),
      },
    };
    hardenSession(session as unknown as Session, APP);
    return recorded;
  }

  it('answers permission requests and checks with the same rule', () => {
    const session = hardenedSession();
    const answer = (permission: string, requestingUrl?: string) => {
      let granted: boolean | undefined;
      session.request?.({}, permission, (value) => (granted = value), { requestingUrl });
      return granted;
    };
    expect(answer('clipboard-sanitized-write', 'app://kaona/index.html')).toBe(true);
    expect(answer('clipboard-sanitized-write', 'https://evil.com/')).toBe(false);
    expect(answer('media', 'app://kaona/index.html')).toBe(false);
    expect(answer('geolocation')).toBe(false);
    expect(session.check?.({}, 'clipboard-sanitized-write', 'app://kaona')).toBe(true);
    expect(session.check?.({}, 'clipboard-read', 'app://kaona')).toBe(false);
    expect(session.check?.({}, 'notifications', 'app://kaona')).toBe(false);
  });

  it('denies USB, HID and serial devices and turns the spell checker off', () => {
    const session = hardenedSession();
    expect(session.device?.()).toBe(false);
    expect(session.spellChecker).toBe(false);
  });

  it('cancels every request that is not the app’s own', () => {
    const session = hardenedSession();
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(cancelled('app://kaona/assets/index.js')).toBe(false);
    expect(cancelled('https://www.lazada.co.th/')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
  });
});
