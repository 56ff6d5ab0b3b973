import { describe, expect, it } from 'vitest';
import { CHANNELS, splitChannel, type Channel } from '../../src/shared/contract';
import { buildKaonaApi, ipcChannelName } from '../../src/shared/contract/api';

describe('window.kaona built from the contract', () => {
  it('has one function per method and nothing else', async () => {
    const sent: [Channel, unknown][] = [];
    const api = buildKaonaApi(async (channel, input) => {
      sent.push([channel, input]);
      return { ok: true, value: channel };
    }) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

    const { events, ...methods } = api;
    expect(Object.keys(events ?? {})).toEqual(['on']);
    const exposed = Object.entries(methods).flatMap(([namespace, group]) =>
      Object.keys(group).map((name) => `${namespace}.${name}`),
    );
    expect(exposed.sort()).toEqual([...CHANNELS].sort());

    for (const channel of CHANNELS) {
      const [namespace, name] = splitChannel(channel);
      await api[namespace]![name]!({ probe: channel });
    }
    expect(sent).toEqual(CHANNELS.map((channel) => [channel, { probe: channel }]));
  });

  it('sends an empty object when a method is called without input', async () => {
    let received: unknown;
    const api = buildKaonaApi(async (_channel, input) => {
      received = input;
      return { ok: true, value: null };
    });
    await api.app.info();
    expect(received).toEqual({});
  });

  it('is frozen, so the page cannot add a passthrough to it', () => {
    const api = buildKaonaApi(async () => ({ ok: true, value: null }));
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.app)).toBe(true);
    expect(() => {
      (api as unknown as Record<string, unknown>).invoke = () => undefined;
    }).toThrow(TypeError);
  });

  it('prefixes IPC channel names so they never meet Electron’s own', () => {
    expect(ipcChannelName('app.info')).toBe('kaona:app.info');
  });

  it('delivers only the contract’s events, through the transport’s subscribe', () => {
    const subscribed: string[] = [];
    const listeners = new Map<string, (payload: unknown) => void>();
    const api = buildKaonaApi(
      async () => ({ ok: true, value: null }),
      (event, listener) => {
        subscribed.push(event);
        listeners.set(event, listener);
        return () => listeners.delete(event);
      },
    );
    const seen: unknown[] = [];
    const stop = api.events.on('session.changed', (info) => seen.push(info.status));
    listeners.get('session.changed')?.({
      status: 'locked',
      user: { userName: 'a', fullName: 'A' },
    });
    expect(seen).toEqual(['locked']);
    stop();
    expect(listeners.has('session.changed')).toBe(false);
    expect(() =>
      (api.events.on as (event: string, listener: () => void) => void)('ipc.anything', () => {}),
    ).toThrow(TypeError);
    expect(subscribed).toEqual(['session.changed']);
    expect(Object.isFrozen(api.events)).toBe(true);
  });
});
