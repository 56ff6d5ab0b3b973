import { describe, expect, it, vi } from 'vitest';
import { createEventSubscribe } from '../../scripts/web-host/event-stream-client';
import { SseParser, sseComment, sseFrame } from '../../scripts/web-host/sse';

describe('SSE frames', () => {
  it('reads back what the server writes, however the text is cut', () => {
    const text =
      sseComment('kaona events') +
      sseFrame('session.changed', JSON.stringify({ status: 'locked', note: 'a\nb' })) +
      sseComment('heartbeat') +
      sseFrame('job.progress', '{"done":1}');
    const expected = [
      { event: 'session.changed', data: '{"status":"locked","note":"a\\nb"}' },
      { event: 'job.progress', data: '{"done":1}' },
    ];
    for (let size = 1; size <= text.length; size += 1) {
      const parser = new SseParser();
      const frames = [];
      for (let at = 0; at < text.length; at += size)
        frames.push(...parser.feed(text.slice(at, at + size)));
      expect(frames, `chunks of ${size}`).toEqual(expected);
    }
  });

  it('follows the standard: CR and CRLF line ends, joined data lines, no frame without data', () => {
    const parser = new SseParser();
    expect(parser.feed('event: a\r\ndata: 1\r\ndata:2\r\r')).toEqual([
      { event: 'a', data: '1\n2' },
    ]);
    expect(parser.feed('event: lonely\n\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x' }]);
    // A CRLF cut between the CR and the LF is one line end, not a blank line.
    expect(parser.feed('data: y\r')).toEqual([]);
    expect(parser.feed('\nevent: b\n\n')).toEqual([{ event: 'b', data: 'y' }]);
  });

  it('refuses to write a field that would break the framing', () => {
    expect(() => sseFrame('session.changed', 'a\nb')).toThrow();
    expect(() => sseFrame('x\r\ndata: forged', '{}')).toThrow();
  });
});

/** A stream the test writes into, as a fetch Response body. */
function controllableResponse(status = 200) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
  });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status }),
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

function setUp() {
  const opened: {
    url: string;
    init: RequestInit;
    stream: ReturnType<typeof controllableResponse>;
  }[] = [];
  let nextStatus = 200;
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const stream = controllableResponse(nextStatus);
    opened.push({ url, init, stream });
    return stream.response;
  });
  const retries: { retry: () => void; ms: number; cancelled: boolean }[] = [];
  const subscribe = createEventSubscribe({
    token: 'run-token',
    fetch,
    schedule: (retry, ms) => {
      const entry = { retry, ms, cancelled: false };
      retries.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
  });
  return {
    subscribe,
    fetch,
    opened,
    retries,
    refuseNext: (status: number) => {
      nextStatus = status;
    },
    latest: () => opened.at(-1)!,
  };
}

const LOCKED = { status: 'locked', user: { userName: 'somsri.j', fullName: 'สมศรี' } };

describe("the bridge's event stream", () => {
  it('opens one stream, lazily, with the token, for all listeners', async () => {
    const bridge = setUp();
    expect(bridge.fetch).not.toHaveBeenCalled();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const jobs: unknown[] = [];
    bridge.subscribe('session.changed', (payload) => a.push(payload));
    bridge.subscribe('session.changed', (payload) => b.push(payload));
    bridge.subscribe('job.progress', (payload) => jobs.push(payload));
    await vi.waitFor(() => expect(bridge.opened).toHaveLength(1));
    expect(bridge.fetch).toHaveBeenCalledTimes(1);
    const { url, init } = bridge.latest();
    expect(url).toBe('/__kaona/events');
    expect(init.headers).toMatchObject({ 'X-Kaona-Token': 'run-token' });
    expect(init.credentials).toBe('omit');

    bridge.latest().stream.write(': kaona events\n\n');
    bridge.latest().stream.write(`event: session.changed\ndata: ${JSON.stringify(LOCKED)}\n\n`);
    await vi.waitFor(() => expect(b).toHaveLength(1));
    expect(a).toEqual([LOCKED]);
    expect(b).toEqual([LOCKED]);
    expect(jobs).toEqual([]);
  });

  it('ignores events outside the contract and data that is not JSON', async () => {
    const bridge = setUp();
    const seen: unknown[] = [];
    bridge.subscribe('session.changed', (payload) => seen.push(payload));
    await vi.waitFor(() => expect(bridge.opened).toHaveLength(1));
    bridge.latest().stream.write('event: __proto__\ndata: {}\n\n');
    bridge.latest().stream.write('event: session.changed\ndata: {not json\n\n');
    bridge.latest().stream.write('data: {"status":"locked"}\n\n');
    bridge.latest().stream.write('event: session.changed\ndata: {"status":"signed-out"}\n\n');
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen).toEqual([{ status: 'signed-out' }]);
  });

  it('keeps delivering to other listeners when one throws', async () => {
    const bridge = setUp();
    const seen: unknown[] = [];
    bridge.subscribe('session.changed', () => {
      throw new Error('a broken listener');
    });
    bridge.subscribe('session.changed', (payload) => seen.push(payload));
    await vi.waitFor(() => expect(bridge.opened).toHaveLength(1));
    bridge.latest().stream.write('event: session.changed\ndata: 1\n\n');
    bridge.latest().stream.write('event: session.changed\ndata: 2\n\n');
    await vi.waitFor(() => expect(seen).toEqual([1, 2]));
  });

  it('reconnects after a drop while listeners remain, waiting longer each time', async () => {
    const bridge = setUp();
    const seen: unknown[] = [];
    bridge.subscribe('session.changed', (payload) => seen.push(payload));
    await vi.waitFor(() => expect(bridge.opened).toHaveLength(1));

    bridge.latest().stream.end();
    await vi.waitFor(() => expect(bridge.retries).toHaveLength(1));
    expect(bridge.opened).toHaveLength(1); // waits before trying again
    bridge.refuseNext(502);
    bridge.retries[0]!.retry();
    await vi.waitFor(() => expect(bridge.retries).toHaveLength(2));
    expect(bridge.retries[1]!.ms).toBeGreaterThan(bridge.retries[0]!.ms);

    bridge.refuseNext(200);
    bridge.retries[1]!.retry();
    await vi.waitFor(() => expect(bridge.opened).toHaveLength(3));
    bridge.latest().stream.write('event: session.changed\ndata: "back"\n\n');
    await vi.waitFor(() => expect(seen).toEqual(['back']));
  });

  it('closes the stream when the last listener leaves, and does not come back', async () => {
    const bridge = setUp();
    const first = bridge.subscribe('session.changed', () => {});
    const second = bridge.subscribe('job.progress', () => {});
    await vi.waitFor(() => expect(bridge.opened).toHaveLength(1));
    const signal = bridge.latest().init.signal!;
    first();
    expect(signal.aborted).toBe(false);
    second();
    second(); // twice is harmless
    expect(signal.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bridge.retries).toEqual([]);
    expect(bridge.opened).toHaveLength(1);

    // A new listener opens a new stream.
    bridge.subscribe('session.changed', () => {});
    await vi.waitFor(() => expect(bridge.opened).toHaveLength(2));
  });

  it('cancels a pending reconnection when the last listener leaves', async () => {
    const bridge = setUp();
    const stop = bridge.subscribe('session.changed', () => {});
    await vi.waitFor(() => expect(bridge.opened).toHaveLength(1));
    bridge.latest().stream.end();
    await vi.waitFor(() => expect(bridge.retries).toHaveLength(1));
    stop();
    expect(bridge.retries[0]!.cancelled).toBe(true);
  });

  it('does not hammer a host that refuses the token', async () => {
    const bridge = setUp();
    bridge.refuseNext(403);
    bridge.subscribe('session.changed', () => {});
    await vi.waitFor(() => expect(bridge.opened).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bridge.retries).toEqual([]);
  });
});
