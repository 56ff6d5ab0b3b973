/**
 * Who counts as "the app itself". Both the IPC sender check (here in ipc/) and the window
 * hardening (app/security) ask the same question, so the answer lives in one place that both
 * layers may import. Pure: no Electron, so it runs and is tested in plain Node.
 */

/** The privileged scheme that serves the built renderer (`app://kaona/index.html`). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kaona';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Where the renderer is loaded from and which origin its frames must have. */
export interface AppOrigin {
  /** Serialised origin, compared exactly: `app://kaona` or the dev server's `http://localhost:5173`. */
  origin: string;
  startUrl: string;
  /** True only for electron-vite's dev server; the built app always serves `app://kaona`. */
  dev: boolean;
}

const DEV_SERVER_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const ORIGIN_SCHEMES = new Set([`${APP_SCHEME}:`, 'http:', 'https:', 'ws:', 'wss:']);

/**
 * The origin of a URL as `scheme://host[:port]`, or null when it has none we would ever trust.
 *
 * Chromium hands main canonical, ASCII-only URLs. Anything with whitespace, control characters,
 * non-ASCII, backslashes or user info is therefore not a URL Chromium produced for a page of ours
 * but an attempt to confuse a parser (`app://kaona@evil.com`, `https://www.lazаda.co.th` with a
 * Cyrillic a, ` app://kaona` which WHATWG parsing would silently trim), and is refused outright.
 * Node's URL treats `app:` as a non-special scheme, so `URL.origin` is "null" for it: the origin
 * is built from protocol and host instead.
 */
export function originOf(url: string): string | null {
  if (typeof url !== 'string' || !/^[\x21-\x7e]+$/.test(url) || url.includes('\\')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!ORIGIN_SCHEMES.has(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when `url` belongs to the app's own origin (exact scheme, host and port). */
export function isAppUrl(url: string, appOrigin: string): boolean {
  return originOf(url) === appOrigin;
}

/** What main knows about the frame that sent an IPC message (a subset of `WebFrameMain`). */
export interface SenderFrame {
  url: string;
  /** Chromium's serialised origin of the frame; an opaque origin (sandboxed iframe) is "null". */
  origin: string;
}

/**
 * Only frames showing the app's own pages may call the contract. Both the URL and Chromium's own
 * idea of the frame's origin must match: a sandboxed iframe can have an app:// URL but an opaque
 * origin, and an about:blank child inherits its parent's origin but has no app URL.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, appOrigin: string): boolean {
  if (!frame) return false;
  return isAppUrl(frame.url, appOrigin) && frame.origin === appOrigin;
}

/**
 * Decides where the renderer comes from. The built app always uses `app://kaona`; electron-vite's
 * dev server (`ELECTRON_RENDERER_URL`) is honoured only in an unpackaged app and only on loopback
 * http, so no environment variable can point an installed Kaona at remote content.
 */
export function resolveAppOrigin(options: {
  isPackaged: boolean;
  rendererUrl?: string | undefined;
}): AppOrigin {
  const { isPackaged, rendererUrl } = options;
  if (isPackaged || rendererUrl === undefined || rendererUrl === '') {
    return { origin: APP_ORIGIN, startUrl: APP_START_URL, dev: false };
  }
  const origin = originOf(rendererUrl);
  const parsed = origin === null ? null : new URL(rendererUrl);
  if (
    parsed === null ||
    origin === null ||
    parsed.protocol !== 'http:' ||
    !DEV_SERVER_HOSTS.has(parsed.hostname)
  ) {
    throw new Error(
      'ELECTRON_RENDERER_URL must be an http:// URL on localhost, 127.0.0.1 or [::1].',
    );
  }
  return { origin, startUrl: rendererUrl, dev: true };
}
