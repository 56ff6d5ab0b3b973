import type { CustomScheme } from 'electron';
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '../../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from '../../ipc/origin';

/**
 * `app://` is standard (relative URLs and a real origin, so CSP `'self'` and the IPC sender check
 * work) and secure (a secure context, like https). `supportFetchAPI` lets the page fetch its own
 * files. `corsEnabled` because Vite's build loads the renderer as ES module scripts, which are
 * always fetched in CORS mode; Chromium refuses CORS-mode fetches of schemes not registered for
 * it. It does not open the files to other origins: the handler never sends
 * Access-Control-Allow-Origin, so a cross-origin read still fails. Deliberately not `bypassCSP`,
 * not `allowServiceWorkers`, not `stream`. (Unverified here: no Electron binary; the smoke suite
 * loads the real page wherever one exists.)
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

const URL_PREFIX = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Maps an `app://kaona/…` request URL to a file inside `rootDir`, or null.
 *
 * Chromium canonicalises the URLs of a standard scheme before they reach the handler, so a real
 * request is plain ASCII with no dot segments. Everything that is not — `..` plain or
 * percent-encoded, encoded slashes or backslashes, NUL, drive letters, other hosts, user info,
 * ports — is refused rather than normalised: normalising is how traversal bugs are born.
 * Only `/` maps to `index.html`; there is no directory listing and no fallback page.
 */
export function resolveAppFile(url: string, rootDir: string): string | null {
  if (typeof url !== 'string' || !/^[\x21-\x7e]+$/.test(url) || url.includes('\\')) return null;
  const match = /^([^?#]*)(?:[?#].*)?$/.exec(url);
  const beforeQuery = match?.[1] ?? '';
  if (!beforeQuery.startsWith(URL_PREFIX)) return null;
  const rawPath = beforeQuery.slice(URL_PREFIX.length) || '/';
  if (!rawPath.startsWith('/')) return null; // `app://kaona.evil`, `app://kaona:80`, `app://kaona@x`

  const rawSegments = rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment))
      return null;
    segments.push(segment);
  }

  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The Content-Type for a built file; with `nosniff`, module scripts need the right one. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Headers on every app:// response. The CSP is the same policy index.html carries as a meta tag,
 * plus `frame-ancestors`, which browsers honour only from a header.
 */
export function appResponseHeaders(): Record<string, string> {
  return {
    'content-security-policy': `${contentSecurityPolicy()}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

export interface AppProtocolHandlerOptions {
  rootDir: string;
  readFile?: (file: string) => Promise<Uint8Array>;
}

/**
 * The `protocol.handle('app', …)` handler: read-only, GET/HEAD only, files under `rootDir` only.
 * It uses the Fetch API's Request/Response (global in Node and Electron), so it is tested in
 * plain Node. A missing file and a refused URL look the same to the page: 404.
 */
export function createAppProtocolHandler(
  options: AppProtocolHandlerOptions,
): (request: Request) => Promise<Response> {
  const { rootDir, readFile = fsReadFile } = options;
  return async (request) => {
    const headers = appResponseHeaders();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...headers, allow: 'GET, HEAD' } });
    }
    const file = resolveAppFile(request.url, rootDir);
    if (file === null) return new Response(null, { status: 404, headers });
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return new Response(null, { status: 404, headers });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...headers, 'content-type': contentTypeFor(file) },
    });
  };
}
