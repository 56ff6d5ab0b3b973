import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventHub } from '../../src/main/core/events/event-hub';
import { fetchSiteIsAllowed, tokenIsValid } from './guard';
import { sendStatus, writeStreamHead } from './responses';
import { sseComment, sseFrame } from './sse';

/** Often enough that no proxy or idle timeout between page and host closes a quiet stream. */
const HEARTBEAT_MS = 15_000;
/** A client that stops reading is dropped instead of buffering events for it without end. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

export interface EventStreams {
  /** GET /__kaona/events: the core's events as server-sent events, until either side closes. */
  handle: (request: IncomingMessage, response: ServerResponse) => void;
  /** Ends every open stream (the host is closing); each client sees the stream finish. */
  closeAll: () => void;
}

/**
 * The web host's counterpart of main's `webContents.send`: each core event goes to every open
 * stream as `event: <name>` / `data: <json>`. Guarded like /rpc — the caller has passed the Host
 * and Origin checks; the token and fetch-metadata checks happen here. Every stream holds one
 * subscription to the core and one heartbeat timer, and gives both back when it closes.
 */
export function createEventStreams(options: {
  token: string;
  events: Pick<EventHub, 'subscribe'>;
  heartbeatMs?: number;
}): EventStreams {
  const { token, events, heartbeatMs = HEARTBEAT_MS } = options;
  const open = new Set<() => void>();

  function handle(request: IncomingMessage, response: ServerResponse): void {
    if (!tokenIsValid(request, token) || !fetchSiteIsAllowed(request, ['same-origin'])) {
      request.resume();
      return sendStatus(response, 403);
    }
    if (request.method !== 'GET') {
      request.resume();
      return sendStatus(response, 405, { Allow: 'GET' });
    }

    const write = (text: string) => {
      if (response.writableLength > MAX_BUFFERED_BYTES) response.destroy();
      else response.write(text);
    };
    // Subscribed before the head goes out: once the client has the head, it misses nothing.
    const unsubscribe = events.subscribe((event, payload) =>
      write(sseFrame(event, JSON.stringify(payload))),
    );
    const heartbeat = setInterval(() => write(sseComment('heartbeat')), heartbeatMs);
    heartbeat.unref();

    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      unsubscribe();
      clearInterval(heartbeat);
      open.delete(end);
    };
    const end = () => {
      release();
      response.end();
    };
    open.add(end);
    response.on('close', release);

    writeStreamHead(response, 200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // Reverse proxies (nginx) would otherwise hold events back in their buffer.
      'X-Accel-Buffering': 'no',
    });
    write(sseComment('kaona events'));
  }

  return {
    handle,
    closeAll: () => {
      for (const end of [...open]) end();
    },
  };
}
