import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannelName } from '../../src/shared/contract/api';
import { CHANNELS } from '../../src/shared/contract';

// Never load the real electron package here: in plain Node it starts a download of the runtime.
type InvokeHandler = (event: unknown, input: unknown) => Promise<unknown>;
const ipc = vi.hoisted(() => ({
  handlers: new Map<string, InvokeHandler>(),
  handleCalls: [] as string[],
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: InvokeHandler) => {
      ipc.handleCalls.push(channel);
      if (ipc.handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipc.handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => ipc.handlers.delete(channel),
  },
}));

const { registerIpcHandlers } = await import('../../src/main/ipc/register');

const APP = 'app://kaona';
const appFrame = { url: 'app://kaona/index.html#/cases', origin: APP };
const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN' } };

function handlerFor(channel: string): InvokeHandler {
  const handler = ipc.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler;
}

describe('IPC registration', () => {
  const dispatch = vi.fn(async (channel: string, input: unknown) => ({
    ok: true as const,
    value: { channel, input },
  }));
  let unregister: () => void = () => {};

  beforeEach(() => {
    unregister();
    ipc.handlers.clear();
    ipc.handleCalls.length = 0;
    dispatch.mockClear();
    unregister = registerIpcHandlers({ dispatch, appOrigin: APP });
  });

  it('registers exactly one handler per contract method, under its kaona: name', () => {
    expect([...ipc.handleCalls].sort()).toEqual(CHANNELS.map(ipcChannelName).sort());
    expect(new Set(ipc.handleCalls).size).toBe(CHANNELS.length);
    for (const name of ipc.handleCalls) expect(name).toMatch(/^kaona:[a-z]+\.[a-zA-Z]+$/);
  });

  it('passes a trusted call to the dispatcher by its contract name', async () => {
    for (const channel of CHANNELS) {
      const result = await handlerFor(ipcChannelName(channel))(
        { senderFrame: appFrame },
        { probe: channel },
      );
      expect(result).toEqual({ ok: true, value: { channel, input: { probe: channel } } });
    }
    expect(dispatch).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it.each([
    ['no sender frame', { senderFrame: null }],
    ['a synthetic event', {}],
    ['a remote page', { senderFrame: { url: 'https://evil.com/', origin: 'https://evil.com' } }],
    [
      'a look-alike host',
      { senderFrame: { url: 'app://kaona.evil.com/', origin: 'app://kaona.evil.com' } },
    ],
    ['user info', { senderFrame: { url: 'app://kaona@evil.com/', origin: 'app://evil.com' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/x.html', origin: 'file://' } }],
    ['a data page', { senderFrame: { url: 'data:text/html,hi', origin: 'null' } }],
    [
      'a sandboxed frame at an app URL',
      { senderFrame: { url: 'app://kaona/index.html', origin: 'null' } },
    ],
    ['an about:blank child', { senderFrame: { url: '', origin: APP } }],
    [
      'the dev server in a built app',
      { senderFrame: { url: 'http://localhost:5173/', origin: 'http://localhost:5173' } },
    ],
  ])('refuses %s without calling the dispatcher', async (_name, event) => {
    for (const channel of CHANNELS) {
      expect(await handlerFor(ipcChannelName(channel))(event, {})).toEqual(FORBIDDEN);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a frame that throws when read (destroyed or navigated away)', async () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(await handlerFor(ipcChannelName(CHANNELS[0]!))(event, {})).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('never lets a raw error cross the boundary', async () => {
    dispatch.mockRejectedValueOnce(
      new Error('SQLITE_ERROR near "SELECT": national_id 1234567890123'),
    );
    const result = await handlerFor(ipcChannelName(CHANNELS[0]!))({ senderFrame: appFrame }, {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('removes every handler it registered', () => {
    unregister();
    expect(ipc.handlers.size).toBe(0);
    unregister = () => {};
  });
});
