import { STATUS_CODES, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../../src/shared/security/csp';

/**
 * Sent with every response. The page's CSP also arrives as a header (adding `frame-ancestors`,
 * which a meta tag cannot carry); CORP keeps other sites from loading even our scripts.
 */
const BASE_HEADERS: OutgoingHttpHeaders = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': `${contentSecurityPolicy()}; frame-ancestors 'none'`,
};

export function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: OutgoingHttpHeaders,
  headOnly = false,
): void {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  response.writeHead(status, { ...BASE_HEADERS, ...headers, 'Content-Length': payload.length });
  response.end(headOnly ? undefined : payload);
}

/** Starts a response whose body is written bit by bit (server-sent events), with the usual headers. */
export function writeStreamHead(
  response: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
): void {
  response.writeHead(status, { ...BASE_HEADERS, ...headers });
  response.flushHeaders();
}

export function sendStatus(
  response: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders = {},
): void {
  send(response, status, `${status} ${STATUS_CODES[status] ?? ''}\n`, {
    'Content-Type': 'text/plain; charset=utf-8',
    ...headers,
  });
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), {
    'Content-Type': 'application/json; charset=utf-8',
  });
}
