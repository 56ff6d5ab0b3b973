import { CHANNELS, splitChannel, type Channel, type KaonaApi } from './index';
import type { Result } from './errors';

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
export function buildKaonaApi(invoke: Invoke): KaonaApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of CHANNELS) {
    const [namespace, name] = splitChannel(channel);
    const group = (api[namespace] ??= {});
    group[name] = (input?: unknown) => invoke(channel, input ?? {});
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api) as unknown as KaonaApi;
}
