import { isEventName, type EventName, type Subscribe } from '../../src/shared/contract/events';
import { EVENTS_PATH, TOKEN_HEADER } from './protocol';
import { SseParser, type SseFrame } from './sse';

/** Waits before reconnecting after a drop, growing to the last step while drops continue. */
const RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 5000];

type Listener = (payload: unknown) => void;

export interface EventStreamClientOptions {
  token: string;
  /** The page's fetch (called as a plain function, so pass `(input, init) => fetch(input, init)`). */
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  /** Runs `retry` after `ms` and returns a cancel; tests drive reconnection through it. */
  schedule?: (retry: () => void, ms: number) => () => void;
}

const scheduleWithTimer = (retry: () => void, ms: number) => {
  const timer = setTimeout(retry, ms);
  return () => clearTimeout(timer);
};

/**
 * The bridge's `subscribe` for `buildKaonaApi`: the web host's stand-in for `ipcRenderer.on`.
 * One stream to `/__kaona/events` serves every listener; it is opened by the first subscription,
 * closed when the last one goes, and reopened after a short wait if it drops while listeners
 * remain. EventSource cannot send the token header, so the stream is read with fetch.
 */
export function createEventSubscribe(options: EventStreamClientOptions): Subscribe {
  const { token, fetch, schedule = scheduleWithTimer } = options;
  const listeners = new Map<EventName, Set<Listener>>();
  let connection: AbortController | null = null;
  let cancelRetry: (() => void) | null = null;
  let drops = 0;

  const anyListener = () => [...listeners.values()].some((set) => set.size > 0);

  function connect(): void {
    if (connection || cancelRetry) return;
    const controller = new AbortController();
    connection = controller;
    void read(controller.signal).then((outcome) => {
      // Closed on purpose (the last listener left): nothing more to do.
      if (connection !== controller) return;
      connection = null;
      if (outcome === 'dropped' && anyListener()) retryLater();
    });
  }

  function retryLater(): void {
    const delay = RECONNECT_DELAYS_MS[Math.min(drops, RECONNECT_DELAYS_MS.length - 1)]!;
    drops += 1;
    cancelRetry = schedule(() => {
      cancelRetry = null;
      if (anyListener()) connect();
    }, delay);
  }

  function disconnect(): void {
    connection?.abort();
    connection = null;
    cancelRetry?.();
    cancelRetry = null;
    drops = 0;
  }

  /** Reads one stream to its end. A refusal (wrong token, a newer host run) is not retried. */
  async function read(signal: AbortSignal): Promise<'dropped' | 'refused'> {
    let response: Response;
    try {
      response = await fetch(EVENTS_PATH, {
        headers: { [TOKEN_HEADER]: token, Accept: 'text/event-stream' },
        credentials: 'omit',
        cache: 'no-store',
        signal,
      });
    } catch {
      return 'dropped';
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      return response.status >= 400 && response.status < 500 ? 'refused' : 'dropped';
    }
    drops = 0;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'dropped';
        for (const frame of parser.feed(decoder.decode(value, { stream: true }))) deliver(frame);
      }
    } catch {
      return 'dropped';
    }
  }

  function deliver(frame: SseFrame): void {
    if (!isEventName(frame.event)) return;
    let payload: unknown;
    try {
      payload = JSON.parse(frame.data);
    } catch {
      return;
    }
    for (const listener of [...(listeners.get(frame.event) ?? [])]) {
      // One failing listener must not starve the others or end the stream, as with DOM events.
      try {
        listener(payload);
      } catch (error) {
        (globalThis as { reportError?: (error: unknown) => void }).reportError?.(error);
      }
    }
  }

  return (event, listener) => {
    // A wrapper per subscription: the same function subscribed twice is two subscriptions.
    const entry: Listener = (payload) => listener(payload);
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set.add(entry));
    connect();
    return () => {
      set.delete(entry);
      if (!anyListener()) disconnect();
    };
  };
}
