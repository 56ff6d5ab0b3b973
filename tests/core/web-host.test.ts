import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
} from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bridgeBundle } from '../../scripts/web-host/bridge';
import { createEventStreams } from '../../scripts/web-host/events';
import { startWebHost, type WebHost } from '../../scripts/web-host/server';
import { SseParser, type SseFrame } from '../../scripts/web-host/sse';
import { EventHub } from '../../src/main/core/events/event-hub';
import { CHANNELS, splitChannel } from '../../src/shared/contract';
import { contentSecurityPolicy } from '../../src/shared/security/csp';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: fetch forbids setting Host and normalises `..` in paths. */
function raw(
  port: number,
  options: { method?: string; path?: string; headers?: OutgoingHttpHeaders; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        setHost: false,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

interface OpenStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** Everything received so far, comments included. */
  text: () => string;
  frames: SseFrame[];
  /** Resolves when the server ends the response cleanly. */
  ended: Promise<void>;
  /** Resolves when the connection is gone, however it went. */
  closed: Promise<void>;
  disconnect: () => void;
}

/** Opens GET /__kaona/events and keeps reading; resolves once the response head has arrived. */
function openStream(port: number, headers: OutgoingHttpHeaders = {}): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/__kaona/events',
        setHost: false,
        headers: { Host: `127.0.0.1:${port}`, ...headers },
      },
      (res) => {
        let text = '';
        const parser = new SseParser();
        const frames: SseFrame[] = [];
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          frames.push(...parser.feed(chunk));
        });
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: () => text,
          frames,
          ended: new Promise((done) => res.once('end', done)),
          closed: new Promise((done) => res.once('close', done)),
          disconnect: () => req.destroy(),
        });
      },
    );
    req.on('error', (error) => reject(error));
    req.end();
  });
}

type KaonaEventsOn = {
  on: (event: string, listener: (payload: unknown) => void) => () => void;
};

const SETUP = {
  agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
  adminFullName: 'สมศรี ใจดี',
  adminPosition: 'นักพัฒนาสังคมชำนาญการ',
  adminUserName: 'admin.kk',
  password: 'Kaona-admin-2569!',
  language: 'th',
  recoveryCodeStored: true,
};

describe('web host', () => {
  let base: string;
  let dataDir: string;
  let staticRoot: string;
  let host: WebHost;
  const preferencesFile = () => join(dataDir, 'preferences.json');

  function rpc(channel: string, input: unknown, headers: OutgoingHttpHeaders = {}) {
    return raw(host.port, {
      method: 'POST',
      path: '/rpc',
      headers: { 'Content-Type': 'application/json', 'X-Kaona-Token': host.token, ...headers },
      body: JSON.stringify({ channel, input }),
    });
  }

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'kaona-web-host-'));
    dataDir = join(base, 'data');
    staticRoot = join(base, 'renderer');
    mkdirSync(join(staticRoot, 'assets'), { recursive: true });
    // A stand-in for out/renderer shaped like the real build: CSP meta, then the module script.
    writeFileSync(
      join(staticRoot, 'index.html'),
      `<!doctype html><html lang="th"><head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">` +
        `<script type="module" crossorigin src="./assets/app.js"></script></head><body><div id="root"></div></body></html>`,
    );
    writeFileSync(join(staticRoot, 'assets/app.js'), 'console.log("app");');
    writeFileSync(join(staticRoot, 'assets/style.css'), 'body{}');
    writeFileSync(join(base, 'secret.txt'), 'SECRET-OUTSIDE-ROOT');
    symlinkSync(join(base, 'secret.txt'), join(staticRoot, 'assets/link.txt'));
    host = await startWebHost({ dataDir, staticRoot, port: 0 });
  });

  afterAll(async () => {
    await host?.close();
    rmSync(base, { recursive: true, force: true });
  });

  describe('static files', () => {
    it('serves index.html with the bridge script before the app script', async () => {
      const res = await raw(host.port, { path: '/' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const bridgeAt = res.body.indexOf('<script src="/__kaona/bridge.js"></script>');
      expect(bridgeAt).toBeGreaterThan(res.body.indexOf('Content-Security-Policy'));
      expect(bridgeAt).toBeLessThan(res.body.indexOf('<script type="module"'));
      expect(res.headers['content-security-policy']).toContain("script-src 'self';");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('sets content types', async () => {
      expect((await raw(host.port, { path: '/assets/app.js' })).headers['content-type']).toBe(
        'text/javascript; charset=utf-8',
      );
      expect((await raw(host.port, { path: '/assets/style.css' })).headers['content-type']).toBe(
        'text/css; charset=utf-8',
      );
      expect((await raw(host.port, { path: '/__kaona/bridge.js' })).headers['content-type']).toBe(
        'text/javascript; charset=utf-8',
      );
      expect((await raw(host.port, { path: '/nope.js' })).status).toBe(404);
    });

    it.each([
      '/../package.json',
      '/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/%2E%2E/package.json',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/assets/link.txt',
      '/%00',
      '/%zz',
    ])('does not serve %s from outside the renderer', async (path) => {
      const res = await raw(host.port, { path });
      expect([400, 403, 404]).toContain(res.status);
      expect(res.body).not.toContain('SECRET-OUTSIDE-ROOT');
      expect(res.body).not.toContain('"name": "kaona"');
    });

    it('refuses a foreign Host header on every path (DNS rebinding)', async () => {
      for (const path of ['/', '/__kaona/bridge.js', '/assets/app.js']) {
        const res = await raw(host.port, { path, headers: { Host: `evil.example:${host.port}` } });
        expect(res.status).toBe(403);
      }
      expect((await raw(host.port, { headers: { Host: '127.0.0.1:1' } })).status).toBe(403);
      expect((await raw(host.port, { headers: { Host: `localhost:${host.port}` } })).status).toBe(
        200,
      );
    });

    it('does not hand the bridge (and its token) to another site', async () => {
      const res = await raw(host.port, {
        path: '/__kaona/bridge.js',
        headers: { 'Sec-Fetch-Site': 'cross-site' },
      });
      expect(res.status).toBe(403);
      expect(res.body).not.toContain(host.token);
    });
  });

  describe('bridge.js', () => {
    it('builds window.kaona with exactly the contract methods and events.on, each method calling its own channel', async () => {
      const res = await raw(host.port, { path: '/__kaona/bridge.js' });
      expect(res.status).toBe(200);
      expect(res.body).not.toMatch(/ipcRenderer|require\(/);

      const calls: { url: string; channel: string; token: unknown }[] = [];
      const context = createContext({
        fetch: async (url: string, init: { body: string; headers: Record<string, string> }) => {
          calls.push({
            url,
            channel: JSON.parse(init.body).channel,
            token: init.headers['X-Kaona-Token'],
          });
          return { ok: true, json: async () => ({ ok: true, value: null }) };
        },
      });
      runInContext(res.body, context);
      const kaona = (
        context as { kaona: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> }
      ).kaona;

      const exposed = Object.entries(kaona).flatMap(([namespace, group]) =>
        Object.keys(group).map((name) => `${namespace}.${name}`),
      );
      expect(exposed.sort()).toEqual([...CHANNELS, 'events.on'].sort());
      // Subscribing is lazy: building the API opened no stream.
      expect(calls).toEqual([]);
      for (const channel of CHANNELS) {
        const [namespace, name] = splitChannel(channel);
        await expect(kaona[namespace]![name]!()).resolves.toEqual({ ok: true, value: null });
      }
      expect(calls.map((call) => call.channel)).toEqual([...CHANNELS]);
      expect(new Set(calls.map((call) => call.url))).toEqual(new Set(['/rpc']));
      expect(new Set(calls.map((call) => call.token))).toEqual(new Set([host.token]));

      // The token lives in a closure, not on the page's global object; kaona cannot be replaced.
      expect(Object.values(context)).not.toContain(host.token);
      expect(Object.isFrozen(kaona)).toBe(true);
      expect(runInContext('kaona = 1; typeof kaona', context)).toBe('object');
    });
  });

  describe('/rpc', () => {
    it('refuses calls without the token or with a wrong one, without touching the core', async () => {
      const body = JSON.stringify({ channel: 'preferences.set', input: { language: 'en' } });
      const headers = { 'Content-Type': 'application/json' };
      expect((await raw(host.port, { method: 'POST', path: '/rpc', headers, body })).status).toBe(
        403,
      );
      for (const token of ['wrong', `${host.token}x`, host.token.slice(1), '']) {
        const res = await raw(host.port, {
          method: 'POST',
          path: '/rpc',
          headers: { ...headers, 'X-Kaona-Token': token },
          body,
        });
        expect(res.status).toBe(403);
      }
      expect(existsSync(preferencesFile())).toBe(false);
    });

    it('refuses a foreign Host, a foreign Origin and a cross-site fetch, even with the token', async () => {
      const input = { language: 'en' };
      expect(
        (await rpc('preferences.set', input, { Host: `attacker.example:${host.port}` })).status,
      ).toBe(403);
      expect(
        (await rpc('preferences.set', input, { Origin: 'http://attacker.example' })).status,
      ).toBe(403);
      expect(
        (await rpc('preferences.set', input, { Origin: `http://127.0.0.1:${host.port + 1}` }))
          .status,
      ).toBe(403);
      expect((await rpc('preferences.set', input, { Origin: 'null' })).status).toBe(403);
      expect((await rpc('preferences.set', input, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(
        403,
      );
      expect((await rpc('preferences.set', input, { 'Sec-Fetch-Site': 'same-site' })).status).toBe(
        403,
      );
      expect(existsSync(preferencesFile())).toBe(false);
    });

    it('answers app.info from the real core', async () => {
      const res = await rpc(
        'app.info',
        {},
        { Origin: `http://127.0.0.1:${host.port}`, 'Sec-Fetch-Site': 'same-origin' },
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
        .version;
      expect(JSON.parse(res.body)).toEqual({
        ok: true,
        value: expect.objectContaining({
          name: 'Kaona',
          version,
          dataDir,
          locale: 'th',
          runtime: { electron: null, chrome: null, node: process.versions.node },
        }),
      });
    });

    it('persists preferences.set to the data folder', async () => {
      const res = await rpc('preferences.set', { language: 'en' });
      // Other preferences may come and go; this test is about the one it sets.
      expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { language: 'en' } });
      expect(JSON.parse(readFileSync(preferencesFile(), 'utf8'))).toMatchObject({ language: 'en' });
      const read = await rpc(
        'preferences.get',
        {},
        { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` },
      );
      expect(JSON.parse(read.body)).toMatchObject({ ok: true, value: { language: 'en' } });
    });

    it('maps malformed input to VALIDATION and unknown channels to NOT_FOUND', async () => {
      const bad = JSON.parse((await rpc('preferences.set', { language: 'fr' })).body);
      expect(bad).toEqual({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: ['language'], code: 'invalid_value' }] },
      });
      const unknownKey = JSON.parse((await rpc('app.info', { extra: 1 })).body);
      expect(unknownKey.error.code).toBe('VALIDATION');
      expect(JSON.parse((await rpc('preferences.set', {})).body).error.code).toBe('VALIDATION');
      expect(JSON.parse((await rpc('nope.nothing', {})).body)).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(JSON.parse((await rpc('__proto__', {})).body)).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });

      const headers = { 'Content-Type': 'application/json', 'X-Kaona-Token': host.token };
      for (const body of ['{not json', '[]', '{"input":{}}', '{"channel":1}']) {
        const res = await raw(host.port, { method: 'POST', path: '/rpc', headers, body });
        expect(res.status).toBe(400);
        expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'VALIDATION' } });
      }
    });

    it('wants POST with a JSON body', async () => {
      const token = { 'X-Kaona-Token': host.token };
      expect((await raw(host.port, { path: '/rpc', headers: token })).status).toBe(405);
      const textBody = await raw(host.port, {
        method: 'POST',
        path: '/rpc',
        headers: { ...token, 'Content-Type': 'text/plain' },
        body: JSON.stringify({ channel: 'app.info', input: {} }),
      });
      expect(textBody.status).toBe(415);
    });
  });

  it('has no clock endpoint unless started with a manual clock', async () => {
    const res = await raw(host.port, {
      method: 'POST',
      path: '/__test/clock',
      headers: { 'Content-Type': 'application/json', 'X-Kaona-Token': host.token },
      body: JSON.stringify({ advanceMs: 1000 }),
    });
    expect([404, 405]).toContain(res.status);
  });

  it('with --manual-clock, moves the core clock only for the token holder', async () => {
    const clockDir = mkdtempSync(join(tmpdir(), 'kaona-web-host-clock-'));
    const clocked = await startWebHost({
      dataDir: clockDir,
      staticRoot,
      port: 0,
      manualClock: true,
    });
    try {
      const advance = (headers: OutgoingHttpHeaders, advanceMs: unknown) =>
        raw(clocked.port, {
          method: 'POST',
          path: '/__test/clock',
          headers,
          body: JSON.stringify({ advanceMs }),
        });
      expect((await advance({}, 1000)).status).toBe(403);
      expect((await advance({ 'X-Kaona-Token': clocked.token }, -5)).status).toBe(400);
      const before = JSON.parse((await advance({ 'X-Kaona-Token': clocked.token }, 0)).body)
        .now as string;
      const after = JSON.parse((await advance({ 'X-Kaona-Token': clocked.token }, 6 * 60_000)).body)
        .now as string;
      expect(Date.parse(after) - Date.parse(before)).toBe(6 * 60_000);
    } finally {
      await clocked.close();
      rmSync(clockDir, { recursive: true, force: true });
    }
  });

  describe('/__kaona/events', () => {
    it('refuses a stream without the token, with a wrong one, or from elsewhere', async () => {
      const token = { 'X-Kaona-Token': host.token };
      const refused = [
        {},
        { 'X-Kaona-Token': 'wrong' },
        { 'X-Kaona-Token': `${host.token}x` },
        { ...token, Origin: 'http://attacker.example' },
        { ...token, Origin: `http://127.0.0.1:${host.port + 1}` },
        { ...token, Origin: 'null' },
        { ...token, Host: `attacker.example:${host.port}` },
        { ...token, 'Sec-Fetch-Site': 'cross-site' },
        { ...token, 'Sec-Fetch-Site': 'same-site' },
        { ...token, 'Sec-Fetch-Site': 'none' },
      ];
      for (const headers of refused) {
        const res = await raw(host.port, { path: '/__kaona/events', headers });
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect(res.headers['content-type']).not.toMatch(/event-stream/);
      }
      const post = await raw(host.port, {
        method: 'POST',
        path: '/__kaona/events',
        headers: token,
      });
      expect(post.status).toBe(405);
    });

    it('opens an event stream for the page itself', async () => {
      const stream = await openStream(host.port, {
        'X-Kaona-Token': host.token,
        Origin: `http://127.0.0.1:${host.port}`,
        'Sec-Fetch-Site': 'same-origin',
      });
      try {
        expect(stream.status).toBe(200);
        expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        expect(stream.headers['cache-control']).toBe('no-store');
        expect(stream.headers['content-length']).toBeUndefined();
      } finally {
        stream.disconnect();
      }
    });

    it('pushes main’s idle lock as a session.changed frame, reaches the bridge, and ends on close', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kaona-web-host-events-'));
      const clocked = await startWebHost({ dataDir: dir, staticRoot, port: 0, manualClock: true });
      let closed = false;
      try {
        const call = async (channel: string, input: unknown = {}) => {
          const res = await raw(clocked.port, {
            method: 'POST',
            path: '/rpc',
            headers: { 'Content-Type': 'application/json', 'X-Kaona-Token': clocked.token },
            body: JSON.stringify({ channel, input }),
          });
          return JSON.parse(res.body) as { ok: boolean; value?: { status: string } };
        };
        expect(await call('setup.begin')).toMatchObject({ ok: true });
        expect(await call('setup.complete', SETUP)).toMatchObject({
          ok: true,
          value: { status: 'signed-in' },
        });

        const stream = await openStream(clocked.port, { 'X-Kaona-Token': clocked.token });
        // The real bridge, as the page runs it, against this host.
        const bridge = await raw(clocked.port, { path: '/__kaona/bridge.js' });
        const page = createContext({
          fetch: (url: string, init: RequestInit) => fetch(new URL(url, clocked.url), init),
          TextDecoder,
          AbortController,
          setTimeout,
          clearTimeout,
        });
        runInContext(bridge.body, page);
        const seenByPage: unknown[] = [];
        const kaona = (page as { kaona: { events: KaonaEventsOn } }).kaona;
        const stop = kaona.events.on('session.changed', (payload) => seenByPage.push(payload));

        // Nobody asks: the idle timer fires in the core and the lock is pushed.
        const advance = await raw(clocked.port, {
          method: 'POST',
          path: '/__test/clock',
          headers: { 'X-Kaona-Token': clocked.token },
          body: JSON.stringify({ advanceMs: 6 * 60_000 }),
        });
        expect(advance.status).toBe(200);
        await vi.waitFor(() => expect(stream.frames).toHaveLength(1));
        expect(stream.frames[0]!.event).toBe('session.changed');
        expect(JSON.parse(stream.frames[0]!.data)).toEqual({
          status: 'locked',
          user: { userName: SETUP.adminUserName, fullName: SETUP.adminFullName },
        });
        expect(stream.text()).toContain(
          `event: session.changed\ndata: ${stream.frames[0]!.data}\n\n`,
        );

        // The bridge's stream may have opened before or after the lock; unlocking is pushed too.
        expect(await call('session.unlock', { password: SETUP.password })).toMatchObject({
          ok: true,
        });
        await vi.waitFor(() =>
          expect(seenByPage.at(-1)).toMatchObject({
            status: 'signed-in',
            user: { userName: SETUP.adminUserName },
          }),
        );
        stop();

        await clocked.close();
        closed = true;
        await stream.ended;
      } finally {
        if (!closed) await clocked.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('event streams', () => {
    /** A hub that counts its subscribers, so a leaked subscription shows. */
    function countingHub() {
      const hub = new EventHub();
      let subscribers = 0;
      return {
        hub,
        subscribers: () => subscribers,
        subscribe: (listener: Parameters<EventHub['subscribe']>[0]) => {
          subscribers += 1;
          const unsubscribe = hub.subscribe(listener);
          return () => {
            subscribers -= 1;
            unsubscribe();
          };
        },
      };
    }

    async function streamServer(heartbeatMs?: number) {
      const counting = countingHub();
      const streams = createEventStreams({
        token: 'test-token',
        events: counting,
        ...(heartbeatMs ? { heartbeatMs } : {}),
      });
      const server = createServer((request, response) => streams.handle(request, response));
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const port = (server.address() as { port: number }).port;
      return {
        ...counting,
        streams,
        port,
        open: () => openStream(port, { 'X-Kaona-Token': 'test-token' }),
        stop: () => {
          server.closeAllConnections();
          return new Promise<void>((done) => server.close(() => done()));
        },
      };
    }

    it('gives its subscription back when the client goes away', async () => {
      const server = await streamServer();
      try {
        const first = await server.open();
        const second = await server.open();
        expect(server.subscribers()).toBe(2);
        server.hub.emit('session.changed', { status: 'signed-out', lastUserName: null });
        await vi.waitFor(() => expect(second.frames).toHaveLength(1));
        expect(first.frames).toHaveLength(1);

        first.disconnect();
        await vi.waitFor(() => expect(server.subscribers()).toBe(1));
        second.disconnect();
        await vi.waitFor(() => expect(server.subscribers()).toBe(0));
      } finally {
        await server.stop();
      }
    });

    it('ends every stream and drops every subscription on closeAll', async () => {
      const server = await streamServer();
      try {
        const streams = await Promise.all([server.open(), server.open()]);
        expect(server.subscribers()).toBe(2);
        server.streams.closeAll();
        await Promise.all(streams.map((stream) => stream.ended));
        expect(server.subscribers()).toBe(0);
      } finally {
        await server.stop();
      }
    });

    it('sends heartbeat comments on a quiet stream, which readers ignore', async () => {
      const server = await streamServer(10);
      try {
        const stream = await server.open();
        await vi.waitFor(() => expect(stream.text()).toContain(': heartbeat\n\n'));
        expect(stream.frames).toEqual([]);
        stream.disconnect();
        await vi.waitFor(() => expect(server.subscribers()).toBe(0));
      } finally {
        await server.stop();
      }
    });
  });

  it('builds the bridge bundle once per process, and each host adds its own token', async () => {
    expect(bridgeBundle()).toBe(bridgeBundle());
    const dir = mkdtempSync(join(tmpdir(), 'kaona-web-host-second-'));
    const second = await startWebHost({ dataDir: dir, staticRoot, port: 0 });
    try {
      const mine = (await raw(host.port, { path: '/__kaona/bridge.js' })).body;
      const theirs = (await raw(second.port, { path: '/__kaona/bridge.js' })).body;
      expect(second.token).not.toBe(host.token);
      expect(mine).toContain(host.token);
      expect(mine).not.toContain(second.token);
      expect(theirs).toContain(second.token);
      expect(theirs).not.toContain(host.token);
      expect(theirs.replace(second.token, 'TOKEN')).toBe(mine.replace(host.token, 'TOKEN'));
      expect(await bridgeBundle()).not.toContain(host.token);
    } finally {
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start without a built renderer', async () => {
    const empty = join(base, 'empty');
    mkdirSync(empty);
    await expect(startWebHost({ dataDir, staticRoot: empty })).rejects.toThrow(/no built renderer/);
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal)
      .map((address) => address!.address);
    for (const address of [...external, '::1']) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: host.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });
});
