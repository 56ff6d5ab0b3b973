import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ManualClock } from '../../src/main/core/clock';
import { tokenIsValid } from './guard';
import { sendJson, sendStatus } from './responses';
import { readBody } from './rpc';

/** The longest single step: a day, enough for any idle-lock or throttle test. */
const MAX_ADVANCE_MS = 24 * 60 * 60 * 1000;

/**
 * POST /__test/clock `{ "advanceMs": n }`: moves the manual clock forward, firing the core's
 * timers (the idle lock) as they fall due. Exists only when the host runs with --manual-clock,
 * and needs the run's token like /rpc.
 */
export async function handleClock(
  request: IncomingMessage,
  response: ServerResponse,
  options: { token: string; clock: ManualClock },
): Promise<void> {
  if (!tokenIsValid(request, options.token) || request.method !== 'POST') {
    request.resume();
    return sendStatus(response, 403);
  }
  const body = await readBody(request, 1024);
  if (body === 'too-large') return sendStatus(response, 413);
  let advanceMs: unknown;
  try {
    advanceMs = (JSON.parse(body) as { advanceMs?: unknown }).advanceMs;
  } catch {
    return sendStatus(response, 400);
  }
  if (
    typeof advanceMs !== 'number' ||
    !Number.isInteger(advanceMs) ||
    advanceMs < 0 ||
    advanceMs > MAX_ADVANCE_MS
  ) {
    return sendStatus(response, 400);
  }
  await options.clock.advance(advanceMs);
  sendJson(response, 200, { now: options.clock.now().toISOString() });
}
