import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from './protocol';

/**
 * The Host header must name this server by its loopback address or `localhost`, with our port.
 * A DNS-rebinding page reaches 127.0.0.1 under its own host name, so this is what stops it.
 */
export function hostIsAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host?.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * Browsers send Origin on every cross-origin request and on same-origin POSTs; when present it
 * must be exactly the origin the page was served from. `null` (sandboxed frames, file://) fails.
 */
export function originIsAllowed(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin.toLowerCase() === `http://${request.headers.host?.toLowerCase()}`;
}

/**
 * Fetch metadata, where the browser sends it: only the page itself (same-origin) may call, and a
 * user may open a file by typing its address (`none`). Cross-site `<script src>` loads fail.
 */
export function fetchSiteIsAllowed(request: IncomingMessage, allowed: readonly string[]): boolean {
  const site = request.headers['sec-fetch-site'];
  return site === undefined || allowed.includes(site);
}

export function tokenIsValid(request: IncomingMessage, token: string): boolean {
  const sent = request.headers[TOKEN_HEADER.toLowerCase()];
  if (typeof sent !== 'string') return false;
  const expected = Buffer.from(token, 'utf8');
  const actual = Buffer.from(sent, 'utf8');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
