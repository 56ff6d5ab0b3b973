// Runs in the browser page, before the renderer's module script. Bundled to one IIFE by
// bridge.ts; the server wraps it in a function whose local `__KAONA_TOKEN__` holds the per-run
// token, so the token is a closure variable and never a property of `window`.
import { buildKaonaApi, type Invoke } from '../../src/shared/contract/api';
import type { Result } from '../../src/shared/contract/errors';
import { createEventSubscribe } from './event-stream-client';
import { RPC_PATH, TOKEN_HEADER } from './protocol';

declare const __KAONA_TOKEN__: string;

const token = __KAONA_TOKEN__;
const INTERNAL: Result<never> = { ok: false, error: { code: 'INTERNAL' } };

const invoke: Invoke = async (channel, input) => {
  let response: Response;
  try {
    response = await fetch(RPC_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ channel, input }),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    // The host is gone (stopped between tests): the same answer the IPC wrapper gives for a bug.
    return INTERNAL;
  }
  if (!response.ok) return INTERNAL;
  const body = (await response.json().catch(() => null)) as Result<unknown> | null;
  return body !== null && typeof body === 'object' && typeof body.ok === 'boolean'
    ? body
    : INTERNAL;
};

// Pushed events arrive over one server-sent-events stream, opened on the first subscription.
// fetch is wrapped: called as a method of another object, the browser's fetch throws.
const subscribe = createEventSubscribe({ token, fetch: (input, init) => fetch(input, init) });

// Like contextBridge.exposeInMainWorld: a fixed, frozen, non-writable property.
Object.defineProperty(globalThis, 'kaona', {
  value: buildKaonaApi(invoke, subscribe),
  enumerable: true,
  writable: false,
  configurable: false,
});
