import { buildKaonaApi } from '../../../src/shared/contract/api';
import {
  contract,
  type Channel,
  type MethodOutput,
  type MethodParsedInput,
  type Result,
} from '../../../src/shared/contract';
import type { AppInfo } from '../../../src/shared/domain/app-info';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../src/shared/domain/preferences';

type FakeHandler<C extends Channel> = (
  input: MethodParsedInput<C>,
) => Result<MethodOutput<C>> | Promise<Result<MethodOutput<C>>>;

export type FakeHandlers = { [C in Channel]?: FakeHandler<C> };

export interface FakeKaona {
  /** Every call that reached the fake, in order, with the input as the page sent it. */
  calls: { channel: Channel; input: unknown }[];
  /** The preferences "on disk" of this fake PC. */
  preferences: Preferences;
}

export const FAKE_INFO: Omit<AppInfo, 'locale'> = {
  name: 'Kaona',
  version: '0.1.0-test',
  dataDir: 'C:\\Users\\clerk\\AppData\\Roaming\\Kaona',
  runtime: { electron: null, chrome: '140.0.7339.0', node: '24.3.0' },
  schemaVersion: 7,
};

/**
 * Installs `window.kaona` built by the real `buildKaonaApi` over an in-memory transport: input is
 * checked with the contract's own schemas (so a page sending bad input gets VALIDATION, as from
 * main) and the default handlers keep preferences in memory. `handlers` replace single methods.
 */
export function installFakeKaona(
  options: { preferences?: Partial<Preferences>; handlers?: FakeHandlers } = {},
): FakeKaona {
  const fake: FakeKaona = {
    calls: [],
    preferences: { ...DEFAULT_PREFERENCES, ...options.preferences },
  };
  // Partial on purpose: a new contract method must not break every renderer test until faked.
  const defaults: FakeHandlers = {
    'app.info': () => ({ ok: true, value: { ...FAKE_INFO, locale: fake.preferences.language } }),
    'preferences.get': () => ({ ok: true, value: { ...fake.preferences } }),
    'preferences.set': (patch) => {
      fake.preferences = { ...fake.preferences, ...patch };
      return { ok: true, value: { ...fake.preferences } };
    },
  };
  const handlers = { ...defaults, ...options.handlers };

  const api = buildKaonaApi(async (channel, input) => {
    fake.calls.push({ channel, input });
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION' } };
    const handler = handlers[channel] as
      ((input: unknown) => Promise<Result<unknown>> | Result<unknown>) | undefined;
    if (!handler) return { ok: false, error: { code: 'INTERNAL', reason: 'not_faked' } };
    return handler(parsed.data);
  });
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
