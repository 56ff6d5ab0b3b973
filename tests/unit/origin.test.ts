import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  APP_START_URL,
  isAppUrl,
  isTrustedSender,
  originOf,
  resolveAppOrigin,
} from '../../src/main/ipc/origin';
import { HOSTILE_URLS } from './fixtures/hostile-urls';

describe('the app origin', () => {
  it('is app://kaona, and its own pages belong to it', () => {
    expect(APP_ORIGIN).toBe('app://kaona');
    for (const url of [
      APP_START_URL,
      'app://kaona/',
      'app://kaona',
      'app://kaona/index.html#/cases/12',
      'app://kaona/assets/x.js?v=1',
    ]) {
      expect(isAppUrl(url, APP_ORIGIN), url).toBe(true);
    }
  });

  it.each(HOSTILE_URLS)('refuses %j', (url) => {
    expect(isAppUrl(url, APP_ORIGIN)).toBe(false);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['app://kaona/']]) {
      expect(isAppUrl(value as unknown as string, APP_ORIGIN)).toBe(false);
    }
  });

  it('compares the whole origin, port included, for the dev server', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173@evil.com/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.com:5173/', dev)).toBe(false);
  });

  it('serialises origins without path, query, fragment or user info', () => {
    expect(originOf('app://kaona/a/b?c#d')).toBe('app://kaona');
    expect(originOf('https://www.lazada.co.th:443/x')).toBe('https://www.lazada.co.th');
    expect(originOf('app://kaona@evil.com/')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
  });
});

describe('the IPC sender check', () => {
  const frame = (url: string, origin = APP_ORIGIN) => ({ url, origin });

  it('trusts a frame showing an app page with the app origin', () => {
    expect(isTrustedSender(frame('app://kaona/index.html#/cases'), APP_ORIGIN)).toBe(true);
  });

  it('refuses a missing frame', () => {
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(undefined, APP_ORIGIN)).toBe(false);
  });

  it.each(HOSTILE_URLS)('refuses a frame at %j', (url) => {
    expect(isTrustedSender(frame(url), APP_ORIGIN)).toBe(false);
  });

  it('refuses an app URL whose frame has another or an opaque origin', () => {
    expect(isTrustedSender(frame('app://kaona/index.html', 'null'), APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(frame('app://kaona/index.html', 'https://evil.com'), APP_ORIGIN)).toBe(
      false,
    );
    expect(isTrustedSender(frame('', APP_ORIGIN), APP_ORIGIN)).toBe(false); // about:blank child
  });
});

describe('where the renderer is loaded from', () => {
  it('is app://kaona in a built app, whatever the environment says', () => {
    const prod = { origin: APP_ORIGIN, startUrl: 'app://kaona/index.html', dev: false };
    expect(resolveAppOrigin({ isPackaged: false, rendererUrl: undefined })).toEqual(prod);
    expect(resolveAppOrigin({ isPackaged: false, rendererUrl: '' })).toEqual(prod);
    expect(resolveAppOrigin({ isPackaged: true, rendererUrl: 'http://localhost:5173' })).toEqual(
      prod,
    );
    expect(resolveAppOrigin({ isPackaged: true, rendererUrl: 'https://evil.com' })).toEqual(prod);
  });

  it('is the electron-vite dev server when running from source', () => {
    expect(resolveAppOrigin({ isPackaged: false, rendererUrl: 'http://localhost:5173' })).toEqual({
      origin: 'http://localhost:5173',
      startUrl: 'http://localhost:5173',
      dev: true,
    });
    expect(
      resolveAppOrigin({ isPackaged: false, rendererUrl: 'http://127.0.0.1:5173/' }).origin,
    ).toBe('http://127.0.0.1:5173');
    expect(resolveAppOrigin({ isPackaged: false, rendererUrl: 'http://[::1]:5173/' }).origin).toBe(
      'http://[::1]:5173',
    );
  });

  it('refuses a dev server URL that is not loopback http', () => {
    for (const rendererUrl of [
      'https://evil.com',
      'http://evil.com:5173',
      'http://localhost.evil.com:5173',
      'http://localhost:5173@evil.com',
      'https://localhost:5173',
      'file:///tmp/index.html',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(() => resolveAppOrigin({ isPackaged: false, rendererUrl }), rendererUrl).toThrow(
        /ELECTRON_RENDERER_URL/,
      );
    }
  });
});
