import { mkdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  contentTypeFor,
  createAppProtocolHandler,
  resolveAppFile,
} from '../../src/main/app/security/app-protocol';
import { contentSecurityPolicy } from '../../src/shared/security/csp';
import { useTempDirs } from '../support/temp-dir';
import { HOSTILE_URLS } from './fixtures/hostile-urls';

const ROOT = join(sep, 'opt', 'kaona', 'out', 'renderer');

describe('resolveAppFile', () => {
  it('maps app pages and assets to files under the renderer folder', () => {
    expect(resolveAppFile('app://kaona/', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppFile('app://kaona', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppFile('app://kaona/index.html', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppFile('app://kaona/index.html#/print/letter/7', ROOT)).toBe(
      join(ROOT, 'index.html'),
    );
    expect(resolveAppFile('app://kaona/assets/index-abc.js?v=2', ROOT)).toBe(
      join(ROOT, 'assets', 'index-abc.js'),
    );
    expect(resolveAppFile('app://kaona/assets/%E0%B8%81.woff2', ROOT)).toBe(
      join(ROOT, 'assets', 'ก.woff2'),
    );
  });

  it.each([
    // plain and encoded traversal
    'app://kaona/../../etc/passwd',
    'app://kaona/assets/../../../etc/passwd',
    'app://kaona/..',
    'app://kaona/./index.html',
    'app://kaona/%2e%2e/%2e%2e/etc/passwd',
    'app://kaona/%2E%2E/secret',
    'app://kaona/.%2e/secret',
    'app://kaona/%2e/index.html',
    'app://kaona/assets%2f..%2f..%2fetc%2fpasswd',
    'app://kaona/..%2f..%2fetc%2fpasswd',
    'app://kaona/..%5c..%5cwindows%5cwin.ini',
    'app://kaona/assets%5cindex.js',
    'app://kaona/%2e%2E/etc/passwd',
    // backslashes, NUL, drive letters and absolute paths
    'app://kaona/..\\..\\etc\\passwd',
    'app://kaona\\..\\secret',
    'app://kaona/index.html%00.png',
    'app://kaona/%00',
    'app://kaona/C:/Windows/win.ini',
    'app://kaona/C%3A/Windows/win.ini',
    'app://kaona//etc/passwd',
    'app://kaona///etc/passwd',
    'app://kaona/%2fetc%2fpasswd',
    'app://kaona/assets/',
    // malformed encoding
    'app://kaona/%E0%A4%A',
    'app://kaona/%',
    // other hosts, user info, ports, schemes, case
    'app://kaona.evil.com/index.html',
    'app://kaona@evil.com/index.html',
    'app://evil.com@kaona/index.html',
    'app://kaona:80/index.html',
    'app://KAONA/index.html',
    'APP://kaona/index.html',
    'app://evil/index.html',
    'file:///opt/kaona/out/renderer/index.html',
    'http://kaona/index.html',
    '/etc/passwd',
    ROOT + '/index.html',
    'index.html',
    // whitespace and non-ASCII
    ' app://kaona/index.html',
    'app://kaona/index.html ',
    'app://kaona/in\tdex.html',
    'app://kaona/ก.woff2',
  ])('refuses %j', (url) => {
    expect(resolveAppFile(url, ROOT)).toBeNull();
  });

  it.each(HOSTILE_URLS)('refuses the hostile URL %j', (url) => {
    expect(resolveAppFile(url, ROOT)).toBeNull();
  });

  it('decodes only once: a double-encoded dot segment is just an odd file name inside the root', () => {
    expect(resolveAppFile('app://kaona/%252e%252e/etc', ROOT)).toBe(join(ROOT, '%2e%2e', 'etc'));
  });

  it('never returns a path outside the root, whatever it is fed', () => {
    const junk = [
      '..',
      '.',
      '%2e',
      '%2E%2e',
      '%2f',
      '%5c',
      '%00',
      'a',
      'assets',
      '',
      '\\',
      ':',
      'C:',
      '~',
      '%c0%ae',
    ];
    for (const a of junk) {
      for (const b of junk) {
        const file = resolveAppFile(`app://kaona/${a}/${b}`, ROOT);
        if (file !== null) expect(file.startsWith(ROOT + sep), file).toBe(true);
      }
    }
  });
});

describe('the app:// scheme', () => {
  it('is standard and secure, can be fetched (module scripts use CORS mode), and grants nothing else', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    });
  });

  it('never lets another origin read its files (no Access-Control-Allow-Origin)', () => {
    const headers = Object.keys(appResponseHeaders()).map((name) => name.toLowerCase());
    expect(headers.filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('sends the strict CSP (plus frame-ancestors) and nosniff on every response', () => {
    const headers = appResponseHeaders();
    expect(headers['content-security-policy']).toBe(
      `${contentSecurityPolicy()}; frame-ancestors 'none'`,
    );
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('labels module scripts, styles, fonts and pages correctly', () => {
    expect(contentTypeFor('a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('a/index-x.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a/x.css')).toMatch(/^text\/css/);
    expect(contentTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/x.unknown')).toBe('application/octet-stream');
  });
});

describe('the app:// protocol handler', () => {
  const tempDir = useTempDirs();

  function makeRoot(): string {
    const root = tempDir();
    const renderer = join(root, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Kaona</title>');
    writeFileSync(join(renderer, 'assets', 'index.js'), 'export {};');
    writeFileSync(join(root, 'secret.txt'), 'national ID 1234567890123');
    return renderer;
  }

  const request = (url: string, method = 'GET') => ({ url, method }) as Request;

  it('serves index.html for the root with the CSP header', async () => {
    const handle = createAppProtocolHandler({ rootDir: makeRoot() });
    const response = await handle(request('app://kaona/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await response.text()).toContain('<title>Kaona</title>');
  });

  it('serves assets as JavaScript, and HEAD without a body', async () => {
    const handle = createAppProtocolHandler({ rootDir: makeRoot() });
    const js = await handle(request('app://kaona/assets/index.js'));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    const head = await handle(request('app://kaona/assets/index.js', 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for missing files, directories and traversal, without leaking anything', async () => {
    const handle = createAppProtocolHandler({ rootDir: makeRoot() });
    for (const url of [
      'app://kaona/missing.js',
      'app://kaona/assets',
      'app://kaona/../secret.txt',
      'app://kaona/%2e%2e/secret.txt',
      'app://kaona/..%2fsecret.txt',
      'app://kaona.evil.com/index.html',
    ]) {
      const response = await handle(request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).toBe('');
      expect(response.headers.get('content-security-policy'), url).toBeTruthy();
    }
  });

  it('is read-only', async () => {
    const handle = createAppProtocolHandler({ rootDir: makeRoot() });
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await handle(request('app://kaona/index.html', method));
      expect(response.status, method).toBe(405);
    }
  });

  it('accepts a real Fetch API Request, as Electron passes it', async () => {
    const handle = createAppProtocolHandler({ rootDir: makeRoot() });
    const response = await handle(new Request('app://kaona/index.html'));
    expect(response.status).toBe(200);
  });
});
