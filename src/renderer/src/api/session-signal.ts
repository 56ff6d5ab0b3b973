import type { KaonaApiError } from './kaona-api-error';

type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * Main answers LOCKED or UNAUTHENTICATED (without a more specific reason) when the session ended
 * behind the page's back: the idle timer locked it, or main restarted. Every call goes through
 * `unwrap`, so that one place tells the session provider to ask main again and show the lock or
 * sign-in screen, instead of each screen handling it.
 */
export function onSessionLost(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** A failed sign-in (`bad_credentials`, `throttled`) carries a reason and is no news. */
export function signalsSessionLost(error: KaonaApiError): boolean {
  if (error.code === 'LOCKED') return true;
  return error.code === 'UNAUTHENTICATED' && error.reason === undefined;
}

export function reportIfSessionLost(error: KaonaApiError): void {
  if (!signalsSessionLost(error)) return;
  for (const listener of listeners) listener();
}
