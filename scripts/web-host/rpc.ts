import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Dispatch } from '../../src/main/ipc/dispatch';
import type { Result } from '../../src/shared/contract/errors';
import { fetchSiteIsAllowed, tokenIsValid } from './guard';
import { sendJson, sendStatus } from './responses';

/** Generous for forms, small enough that a runaway caller cannot fill memory. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

const MALFORMED: Result<never> = { ok: false, error: { code: 'VALIDATION' } };

/**
 * POST /rpc `{channel, input}` → the dispatcher's Result, always as JSON with status 200, the way
 * the Electron IPC wrapper resolves `invoke`. The caller has already passed the Host and Origin
 * checks; the token and fetch-metadata checks happen here, before the body is even read.
 */
export async function handleRpc(
  request: IncomingMessage,
  response: ServerResponse,
  options: { token: string; dispatch: Dispatch },
): Promise<void> {
  if (!tokenIsValid(request, options.token) || !fetchSiteIsAllowed(request, ['same-origin'])) {
    request.resume();
    return sendStatus(response, 403);
  }
  if (request.method !== 'POST') {
    request.resume();
    return sendStatus(response, 405, { Allow: 'POST' });
  }
  // Requiring JSON also means a cross-origin browser request would need a CORS preflight,
  // which this server never answers.
  if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) {
    request.resume();
    return sendStatus(response, 415);
  }

  const body = await readBody(request, MAX_BODY_BYTES);
  if (body === 'too-large') return sendStatus(response, 413, { Connection: 'close' });

  const envelope = parseEnvelope(body);
  if (!envelope) return sendJson(response, 400, MALFORMED);
  sendJson(response, 200, await options.dispatch(envelope.channel, envelope.input));
}

function parseEnvelope(body: string): { channel: string; input: unknown } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { channel, input } = parsed as { channel?: unknown; input?: unknown };
  if (typeof channel !== 'string') return undefined;
  return { channel, input };
}

export function readBody(request: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () =>
      resolve(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')),
    );
    request.on('error', reject);
  });
}
