import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { BRIDGE_PATH } from './protocol';

// The same table the Electron app:// handler uses, so both serve the renderer alike.
import { contentTypeFor } from '../../src/main/app/security/app-protocol';

export { contentTypeFor };

export type StaticLookup =
  | { kind: 'file'; file: string; contentType: string }
  | { kind: 'not-found' }
  | { kind: 'bad-request' };

/**
 * Maps a URL path to a file inside `root`, or says why not. Every decoded segment is checked
 * (`..`, `%2e%2e`, encoded slashes and backslashes, NUL), and the real path after symlinks must
 * still lie inside the root, so nothing outside the built renderer can be read.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'bad-request' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) {
    return { kind: 'bad-request' };
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return { kind: 'not-found' };
  if (decoded.endsWith('/')) segments.push('index.html');

  const realRoot = await realpath(root);
  const candidate = resolve(realRoot, ...segments);
  if (!isInside(realRoot, candidate)) return { kind: 'not-found' };
  try {
    const real = await realpath(candidate);
    if (!isInside(realRoot, real) || !(await stat(real)).isFile()) return { kind: 'not-found' };
    return { kind: 'file', file: real, contentType: contentTypeFor(real) };
  } catch {
    return { kind: 'not-found' };
  }
}

function isInside(root: string, file: string): boolean {
  return file.startsWith(root + sep);
}

/** An HTML page of the renderer with the bridge script placed before the app's own scripts. */
export async function readHtmlWithBridge(file: string): Promise<string> {
  return injectBridgeTag(await readFile(file, 'utf8'));
}

/**
 * A classic (non-module) script runs before every module script, so `window.kaona` exists when
 * the app starts, just as the Electron preload guarantees. It goes after the CSP meta tag so the
 * policy covers it; the policy's `script-src 'self'` allows it because it is a same-origin file.
 */
export function injectBridgeTag(html: string): string {
  const tag = `<script src="${BRIDGE_PATH}"></script>`;
  const firstScript = html.search(/<script\b/i);
  if (firstScript !== -1)
    return `${html.slice(0, firstScript)}${tag}\n    ${html.slice(firstScript)}`;
  const headEnd = html.search(/<\/head>/i);
  if (headEnd === -1) throw new Error('index.html has neither a <script> nor a </head>');
  return `${html.slice(0, headEnd)}  ${tag}\n  ${html.slice(headEnd)}`;
}
