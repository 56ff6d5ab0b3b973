import { CHANNELS, splitChannel, type Channel, type KaonaApi } from './index';
import type { Result } from './errors';
import { isEventName, type KaonaEvents, type Subscribe } from './events';

/** Sends one call over some transport (Electron IPC, the web host's HTTP, a test double). */
export type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

/** The IPC channel name for a contract method; prefixed so it never meets Electron's own. */
export function ipcChannelName(channel: Channel): string {
  return `kaona:${channel}`;
}

/**
 * Builds the `window.kaona` object: one function per contract method and nothing else — no
 * generic "invoke any channel" passthrough, so the page can only ask for what the contract lists.
 */
export function buildKaonaApi(invoke: Invoke, subscribe: Subscribe = noEvents): KaonaApi {
  const api: Record<string, object> = {};
  for (const channel of CHANNELS) {
    const [namespace, name] = splitChannel(channel);
    const group = (api[namespace] ??= {}) as Record<string, unknown>;
    group[name] = (input?: unknown) => invoke(channel, input ?? {});
  }
  const events: KaonaEvents = {
    on(event, listener) {
      // Only the contract's events: the page cannot listen on an arbitrary channel.
      if (!isEventName(event) || typeof listener !== 'function') {
        throw new TypeError('kaona.events.on: unknown event or listener');
      }
      return subscribe(event, listener as (payload: unknown) => void);
    },
  };
  for (const group of Object.values(api)) Object.freeze(group);
  api.events = Object.freeze(events);
  return Object.freeze(api) as unknown as KaonaApi;
}

/** A transport without pushed events (unit tests); subscribing works and never fires. */
const noEvents: Subscribe = () => () => undefined;
