import { buildKaonaApi } from '../../../src/shared/contract/api';
import {
  contract,
  type Channel,
  type EventName,
  type EventPayload,
  type MethodOutput,
  type MethodParsedInput,
  type Access,
  type Result,
} from '../../../src/shared/contract';
import type { KaonaError } from '../../../src/shared/contract/errors';
import type { AppInfo } from '../../../src/shared/domain/app-info';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../src/shared/domain/preferences';
import { roleHasPermission } from '../../../src/shared/permissions';
import { defaultSessionState, fakeSessionHandlers, type FakeSessionState } from './fake-session';

type FakeHandler<C extends Channel> = (
  input: MethodParsedInput<C>,
) => Result<MethodOutput<C>> | Promise<Result<MethodOutput<C>>>;

export type FakeHandlers = { [C in Channel]?: FakeHandler<C> };

export interface FakeKaona {
  /** Every call that reached the fake, in order, with the input as the page sent it. */
  calls: { channel: Channel; input: unknown }[];
  /** The preferences "on disk" of this fake PC. */
  preferences: Preferences;
  /** Who is signed in "in main"; tests may change it (main locking on its idle timer). */
  session: FakeSessionState;
  /** Pushes an event to the page, as main does (`session.changed` after its idle lock). */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** How many listeners the page has on an event now (to check it unsubscribes). */
  listenerCount: (event: EventName) => number;
}

export const FAKE_INFO: Omit<AppInfo, 'locale'> = {
  name: 'Kaona',
  version: '0.1.0-test',
  dataDir: 'C:\\Users\\clerk\\AppData\\Roaming\\Kaona',
  runtime: { electron: null, chrome: '140.0.7339.0', node: '24.3.0' },
  schemaVersion: 7,
  printing: { pdf: true, paper: false },
};

export const FAKE_ANCHOR_FINGERPRINT = '3F9A-0C71-B2E4-58D6';

/**
 * Installs `window.kaona` built by the real `buildKaonaApi` over an in-memory transport: input is
 * checked with the contract's own schemas (so a page sending bad input gets VALIDATION, as from
 * main) and the default handlers keep preferences in memory. `handlers` replace single methods.
 */
export function installFakeKaona(
  options: {
    preferences?: Partial<Preferences>;
    handlers?: FakeHandlers;
    /** Default: the admin (FAKE_ADMIN) signed in. */
    session?: Partial<FakeSessionState>;
  } = {},
): FakeKaona {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const listenersOf = (event: EventName) => {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    return set;
  };
  const fake: FakeKaona = {
    calls: [],
    preferences: { ...DEFAULT_PREFERENCES, ...options.preferences },
    session: defaultSessionState(options.session),
    emit: (event, payload) => {
      for (const listener of [...listenersOf(event)]) listener(payload);
    },
    listenerCount: (event) => listenersOf(event).size,
  };
  // Partial on purpose: a new contract method must not break every renderer test until faked.
  const defaults: FakeHandlers = {
    'app.info': () => ({ ok: true, value: { ...FAKE_INFO, locale: fake.preferences.language } }),
    'preferences.get': () => ({ ok: true, value: { ...fake.preferences } }),
    // An office with nothing to do about its keys: tests about the notices replace this.
    'vault.status': () => ({
      ok: true,
      value: { notices: [], anchor: { seq: 42, fingerprint: FAKE_ANCHOR_FINGERPRINT } },
    }),
    'preferences.set': (patch) => {
      fake.preferences = { ...fake.preferences, ...patch };
      return { ok: true, value: { ...fake.preferences } };
    },
  };
  const handlers = { ...defaults, ...fakeSessionHandlers(fake.session), ...options.handlers };

  const api = buildKaonaApi(
    async (channel, input) => {
      fake.calls.push({ channel, input });
      const denied = checkAccess(contract[channel].access, fake.session);
      if (denied) return { ok: false, error: denied };
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: 'VALIDATION' } };
      const handler = handlers[channel] as
        ((input: unknown) => Promise<Result<unknown>> | Result<unknown>) | undefined;
      if (!handler) return { ok: false, error: { code: 'INTERNAL', reason: 'not_faked' } };
      return handler(parsed.data);
    },
    (event, listener) => {
      listenersOf(event).add(listener);
      return () => listenersOf(event).delete(listener);
    },
  );
  Object.defineProperty(window, 'kaona', { value: api, configurable: true });
  return fake;
}

/** A promise whose settling the test controls (to look at the screen while a call is pending). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** main's access check (src/main/ipc/dispatch.ts), for the fake session. */
function checkAccess(access: Access, session: FakeSessionState): KaonaError | undefined {
  if (access === 'public') return undefined;
  const { info } = session;
  if (info.status === 'locked') return { code: 'LOCKED' };
  if (info.status !== 'signed-in') return { code: 'UNAUTHENTICATED' };
  if (!roleHasPermission(info.user.role, access)) {
    return { code: 'FORBIDDEN' };
  }
  if (info.user.mustChangePassword && access !== 'session.own') {
    return { code: 'FORBIDDEN', reason: 'password_change_required' };
  }
  return undefined;
}
