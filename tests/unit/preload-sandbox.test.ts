import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, EVENT_NAMES, splitChannel } from '../../src/shared/contract';
import { ipcEventName } from '../../src/shared/contract/events';

/**
 * Loads the *built* preload the way Electron's sandbox does: as a CommonJS function body, with a
 * `require` that knows only 'electron', and no Node globals. If the build ever emits ES modules,
 * pulls in a Node built-in or a second chunk, or exposes more than the contract, this fails here
 * instead of as a blank window on a clerk's PC.
 */

const root = join(import.meta.dirname, '../..');
const builtPreload = join(root, 'out/preload/index.cjs');

/** The newest modification time of anything the preload is built from. */
function newestSource(): number {
  const files = [join(root, 'electron.vite.config.ts'), join(root, 'package.json')];
  for (const dir of ['src/preload', 'src/shared']) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
    }
  }
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

/**
 * Builds the preload when it is missing or older than its sources — only the preload, with
 * exactly the configuration `electron-vite build` uses, into out/preload, so that a rebuild here
 * never touches out/main or out/renderer while other suites read them.
 */
async function ensureBuiltPreload(): Promise<void> {
  if (existsSync(builtPreload) && statSync(builtPreload).mtimeMs >= newestSource()) return;
  try {
    process.env.NODE_ENV_ELECTRON_VITE = 'production';
    const { resolveConfig } = await import('electron-vite');
    const { build } = await import('vite');
    const { config } = await resolveConfig({ root }, 'build', 'production');
    if (!config?.preload) throw new Error('electron.vite.config.ts has no preload configuration');
    await build({ ...config.preload, logLevel: 'warn' });
  } catch (error) {
    throw new Error(
      `out/preload/index.cjs is missing or older than its sources, and building it failed: ${String(error)}\n` +
        'Fix the build (`npx electron-vite build`), then rerun.',
      { cause: error },
    );
  }
  if (!existsSync(builtPreload))
    throw new Error(`the preload build did not produce ${builtPreload}`);
}

interface Invocation {
  channel: string;
  args: unknown[];
}

type IpcListener = (event: unknown, ...args: unknown[]) => void;

interface SandboxRun {
  source: string;
  required: string[];
  exposed: { key: string; api: unknown }[];
  invocations: Invocation[];
  /** ipcRenderer listeners the preload holds, by channel. */
  listeners: Map<string, Set<IpcListener>>;
  /** Main's `webContents.send(channel, payload)`, as the renderer's ipcRenderer receives it. */
  push: (channel: string, payload: unknown) => void;
  ipcRenderer: Record<string, unknown>;
  contextBridge: Record<string, unknown>;
  context: vm.Context;
  globalsBefore: Set<string>;
}

function runInSandbox(source: string): SandboxRun {
  const required: string[] = [];
  const exposed: SandboxRun['exposed'] = [];
  const invocations: Invocation[] = [];
  const listeners = new Map<string, Set<IpcListener>>();
  const ipcRenderer: Record<string, unknown> = {
    invoke: (channel: string, ...args: unknown[]) => {
      invocations.push({ channel, args });
      return Promise.resolve({ ok: true, value: channel });
    },
    send: () => {
      throw new Error('the preload must not use ipcRenderer.send');
    },
    sendSync: () => {
      throw new Error('the preload must not use ipcRenderer.sendSync');
    },
    on: (channel: string, listener: IpcListener) => {
      if (!channel.startsWith('kaona-event:')) {
        throw new Error(`the preload must not listen on ${channel}`);
      }
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipcRenderer;
    },
    removeListener: (channel: string, listener: IpcListener) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    removeAllListeners: () => {
      throw new Error('the preload must remove only its own listener');
    },
  };
  // Electron's IpcRendererEvent: `sender` is the ipcRenderer itself, exactly what must not leak.
  const push = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) {
      listener({ sender: ipcRenderer, senderId: 0, ports: [] }, payload);
    }
  };
  const contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => exposed.push({ key, api }),
  };
  const sandboxRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') return { contextBridge, ipcRenderer };
    throw new Error(
      `Cannot find module '${id}' (the sandboxed preload can require only 'electron')`,
    );
  };

  // Roughly what a sandboxed renderer offers: web globals, none of Node's.
  const context = vm.createContext({
    console,
    URL,
    TextEncoder,
    TextDecoder,
    setTimeout,
    clearTimeout,
    queueMicrotask,
  });
  const globalsBefore = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', context)));
  // Electron's sandbox wraps the preload in a function with exactly these parameters.
  const limitedProcess = {
    env: {},
    platform: process.platform,
    sandboxed: true,
    contextIsolated: true,
    type: 'renderer',
  };
  const preload = vm.compileFunction(
    source,
    [
      'require',
      'process',
      'Buffer',
      'global',
      'setImmediate',
      'clearImmediate',
      'exports',
      'module',
    ],
    { parsingContext: context, filename: builtPreload },
  );
  const module = { exports: {} };
  const sandboxGlobal: unknown = vm.runInContext('globalThis', context);
  preload(
    sandboxRequire,
    limitedProcess,
    undefined,
    sandboxGlobal,
    undefined,
    undefined,
    module.exports,
    module,
  );
  return {
    source,
    required,
    exposed,
    invocations,
    listeners,
    push,
    ipcRenderer,
    contextBridge,
    context,
    globalsBefore,
  };
}

function namespacesOf(channels: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const channel of channels) {
    const [namespace, name] = splitChannel(channel as (typeof CHANNELS)[number]);
    map.set(namespace, [...(map.get(namespace) ?? []), name].sort());
  }
  return map;
}

type ApiTree = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
type EventsApi = {
  on: (event: string, listener: (...args: unknown[]) => void) => () => void;
};

function listenerCount(run: SandboxRun): number {
  return [...run.listeners.values()].reduce((sum, set) => sum + set.size, 0);
}

describe('the built preload in a sandbox', () => {
  let run: SandboxRun;
  let api: ApiTree;

  beforeAll(async () => {
    await ensureBuiltPreload();
    run = runInSandbox(readFileSync(builtPreload, 'utf8'));
    api = run.exposed[0]?.api as ApiTree;
  }, 120_000);

  it('is a CommonJS script: no import or export statements, no dynamic import, no import.meta', () => {
    // compileFunction would already have thrown a SyntaxError on static imports and exports.
    expect(run.source).not.toMatch(/^\s*(import|export)\s/m);
    expect(run.source).not.toMatch(/\bimport\s*\(/);
    expect(run.source).not.toContain('import.meta');
  });

  it("requires nothing but 'electron'", () => {
    expect(run.required).toEqual(['electron']);
  });

  it('exposes exactly one global, kaona', () => {
    expect(run.exposed.map(({ key }) => key)).toEqual(['kaona']);
  });

  it('has one function per contract method, grouped by namespace, and events', () => {
    const expected = namespacesOf(CHANNELS);
    expect(Object.keys(api).sort()).toEqual([...expected.keys(), 'events'].sort());
    for (const [namespace, names] of expected) {
      const group = api[namespace] ?? {};
      expect(Object.keys(group).sort(), namespace).toEqual(names);
      for (const name of names) expect(typeof group[name], `${namespace}.${name}`).toBe('function');
    }
  });

  it("calls ipcRenderer.invoke with the 'kaona:'-prefixed channel and the input", async () => {
    for (const channel of CHANNELS) {
      const [namespace, name] = splitChannel(channel);
      run.invocations.length = 0;
      const result = await api[namespace]![name]!({ probe: channel });
      expect(run.invocations).toEqual([
        { channel: `kaona:${channel}`, args: [{ probe: channel }] },
      ]);
      expect(result).toEqual({ ok: true, value: `kaona:${channel}` });
    }
  });

  it('sends an empty object when a method is called without input', async () => {
    const [channel] = CHANNELS;
    const [namespace, name] = splitChannel(channel!);
    run.invocations.length = 0;
    await api[namespace]![name]!();
    expect(run.invocations).toEqual([{ channel: `kaona:${channel}`, args: [{}] }]);
  });

  it('exposes events.on and nothing else under events', () => {
    const events = api.events as unknown as EventsApi;
    expect(Reflect.ownKeys(events)).toEqual(['on']);
    expect(typeof events.on).toBe('function');
  });

  it('hands a listener exactly the pushed payload, only for its own event', () => {
    const events = api.events as unknown as EventsApi;
    for (const event of EVENT_NAMES) {
      const received: unknown[][] = [];
      const unsubscribe = events.on(event, (...args) => received.push(args));
      const payload = { status: 'locked', probe: event };
      run.push(ipcEventName(event), payload);
      for (const other of EVENT_NAMES.filter((name) => name !== event)) {
        run.push(ipcEventName(other), { other });
      }
      expect(received).toHaveLength(1);
      expect(received[0]).toHaveLength(1);
      expect(received[0]![0]).toBe(payload);
      unsubscribe();
    }
  });

  it('removes its ipcRenderer listener on unsubscribe, and only that one', () => {
    const events = api.events as unknown as EventsApi;
    const event = EVENT_NAMES[0]!;
    const received: unknown[] = [];
    const first = events.on(event, (payload) => received.push(['first', payload]));
    const second = events.on(event, (payload) => received.push(['second', payload]));
    expect(run.listeners.get(ipcEventName(event))?.size).toBe(2);

    first();
    first(); // twice is harmless
    expect(run.listeners.get(ipcEventName(event))?.size).toBe(1);
    run.push(ipcEventName(event), 1);
    expect(received).toEqual([['second', 1]]);

    second();
    expect(listenerCount(run)).toBe(0);
    run.push(ipcEventName(event), 2);
    expect(received).toEqual([['second', 1]]);
  });

  it('refuses event names outside the contract without listening on anything', () => {
    const events = api.events as unknown as EventsApi;
    for (const name of [
      'session.nope',
      'kaona-event:session.changed',
      '__proto__',
      'toString',
      '',
    ]) {
      // The TypeError comes from the sandbox's realm, so it is matched by message.
      expect(() => events.on(name, () => {}), name).toThrow(/unknown event or listener/);
    }
    expect(() => events.on('session.changed', 'not a function' as never)).toThrow(
      /unknown event or listener/,
    );
    expect(listenerCount(run)).toBe(0);
  });

  it('exposes neither ipcRenderer nor any generic invoke', () => {
    const forbidden = new Set<unknown>([
      run.ipcRenderer,
      run.contextBridge,
      ...Object.values(run.ipcRenderer),
      ...Object.values(run.contextBridge),
    ]);
    const contractNames = new Set([
      ...CHANNELS.flatMap((channel) => splitChannel(channel)),
      'events',
      'on',
    ]);
    const walk = (value: unknown, path: string): void => {
      expect(forbidden.has(value), path).toBe(false);
      if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
      for (const key of Reflect.ownKeys(value)) {
        if (typeof value === 'function') continue; // a method's own length/name are not API
        expect(typeof key === 'string' && contractNames.has(key), `${path}.${String(key)}`).toBe(
          true,
        );
        walk((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`);
      }
    };
    walk(api, 'kaona');
  });

  it('leaves nothing Electron-shaped on the global object', () => {
    const global = vm.runInContext('globalThis', run.context) as Record<string, unknown>;
    const added = Object.getOwnPropertyNames(global).filter((key) => !run.globalsBefore.has(key));
    for (const key of added) {
      expect(['kaona', 'ipcRenderer', 'electron', 'require', 'invoke'], key).not.toContain(key);
      expect([run.ipcRenderer, run.contextBridge, api], key).not.toContain(global[key]);
    }
  });
});
