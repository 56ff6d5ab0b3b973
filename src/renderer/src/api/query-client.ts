import { QueryClient } from '@tanstack/react-query';
import { toKaonaApiError, type KaonaApiError } from './kaona-api-error';

declare module '@tanstack/react-query' {
  // Every query and mutation goes through `callKaona`, which only ever rejects with this.
  interface Register {
    defaultError: KaonaApiError;
  }
}

/** How long read data counts as fresh; a change made on this PC invalidates it at once anyway. */
export const STALE_TIME_MS = 30_000;

/** Before that one retry: main is on this PC, so a hiccup passes in a moment, not in seconds. */
export const RETRY_DELAY_MS = 250;

/**
 * Only a failure that may pass on its own is worth a second try: INTERNAL (a transport hiccup,
 * main busy with a key rotation), once. VALIDATION, FORBIDDEN, LOCKED… give the same answer
 * every time, and a LOCKED session is the session provider's business, not the query's.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && toKaonaApiError(error).code === 'INTERNAL';
}

/**
 * The renderer's cache of what main answered. The core is local: there is no network to wait
 * for (`networkMode: 'always'`, or a PC without a network cable would never load anything), and
 * nothing changes behind the page except through this PC's own calls, which invalidate what they
 * change. Window focus refetches nothing: reading the audit log is itself an audited event, and
 * the focus already asks main about the session.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: STALE_TIME_MS,
        retry: shouldRetry,
        retryDelay: RETRY_DELAY_MS,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
