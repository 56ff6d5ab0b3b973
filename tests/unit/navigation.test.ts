import { describe, expect, it } from 'vitest';
import {
  decideNavigation,
  decideRedirect,
  decideRequest,
  decideWindowOpen,
} from '../../src/main/app/security/navigation';
import { APP_ORIGIN } from '../../src/main/ipc/origin';
import { HOSTILE_URLS } from './fixtures/hostile-urls';

const DEV = 'http://localhost:5173';

describe('navigation', () => {
  it('stays inside the app', () => {
    expect(decideNavigation('app://kaona/index.html#/cases', APP_ORIGIN)).toEqual({ allow: true });
    expect(decideNavigation('http://localhost:5173/', DEV)).toEqual({ allow: true });
  });

  it.each(HOSTILE_URLS)('never goes to %j', (url) => {
    const decision = decideNavigation(url, APP_ORIGIN);
    expect(decision.allow).toBe(false);
    expect(decision.openExternal).toBeUndefined();
  });

  it('sends partner links to the system browser instead of the app window', () => {
    expect(decideNavigation('https://www.lazada.co.th/', APP_ORIGIN)).toEqual({
      allow: false,
      openExternal: 'https://www.lazada.co.th/',
    });
  });

  it('refuses the dev server in a built app and the built app in dev', () => {
    expect(decideNavigation('http://localhost:5173/', APP_ORIGIN).allow).toBe(false);
    expect(decideNavigation('app://kaona/', DEV).allow).toBe(false);
  });

  it('follows redirects only within the app, never to a partner site', () => {
    expect(decideRedirect('app://kaona/index.html', APP_ORIGIN)).toEqual({ allow: true });
    expect(decideRedirect('https://www.lazada.co.th/', APP_ORIGIN)).toEqual({ allow: false });
    for (const url of HOSTILE_URLS) expect(decideRedirect(url, APP_ORIGIN).allow, url).toBe(false);
  });
});

describe('window.open', () => {
  it('never makes a window, even for the app itself', () => {
    expect(decideWindowOpen('app://kaona/index.html')).toEqual({ action: 'deny' });
    for (const url of HOSTILE_URLS) expect(decideWindowOpen(url), url).toEqual({ action: 'deny' });
  });

  it('passes partner links to the system browser', () => {
    expect(decideWindowOpen('https://sellercenter.lazada.co.th/')).toEqual({
      action: 'deny',
      openExternal: 'https://sellercenter.lazada.co.th/',
    });
  });
});

describe('network requests', () => {
  it('load the app’s own files and local data/blob images', () => {
    expect(decideRequest('app://kaona/assets/index.js', APP_ORIGIN)).toBe(true);
    expect(decideRequest('data:image/png;base64,AAAA', APP_ORIGIN)).toBe(true);
    expect(decideRequest('blob:app://kaona/0b7c1c1e-0000-4000-8000-000000000000', APP_ORIGIN)).toBe(
      true,
    );
  });

  it('never fetch remote content, not even from partner sites', () => {
    for (const url of [
      'https://www.lazada.co.th/',
      'https://fonts.googleapis.com/css2?family=Sarabun',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'devtools://devtools/bundled/inspector.html',
      'app://kaona.evil.com/',
      'not a url',
    ]) {
      expect(decideRequest(url, APP_ORIGIN), url).toBe(false);
    }
  });

  it('allow the dev server, its hot-reload socket and devtools only in development', () => {
    expect(decideRequest('http://localhost:5173/@vite/client', DEV, { dev: true })).toBe(true);
    expect(decideRequest('ws://localhost:5173/', DEV, { dev: true })).toBe(true);
    expect(decideRequest('devtools://devtools/bundled/inspector.html', DEV, { dev: true })).toBe(
      true,
    );
    expect(decideRequest('ws://localhost:5174/', DEV, { dev: true })).toBe(false);
    expect(decideRequest('ws://evil.com:5173/', DEV, { dev: true })).toBe(false);
    expect(decideRequest('https://www.lazada.co.th/', DEV, { dev: true })).toBe(false);
    expect(decideRequest('ws://localhost:5173/', DEV)).toBe(false);
  });
});
