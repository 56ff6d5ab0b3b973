import { ipcMain } from 'electron';
import { ipcChannelName } from '../../shared/contract/api';
import { CHANNELS } from '../../shared/contract';
import type { Result } from '../../shared/contract/errors';
import type { Dispatch } from './dispatch';
import { isTrustedSender, type SenderFrame } from './origin';

const FORBIDDEN: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'FORBIDDEN' }),
});
const INTERNAL: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'INTERNAL' }),
});

/**
 * Binds the contract to Electron IPC: one `ipcMain.handle` per contract method, nothing else.
 * A call is served only when it comes from a frame showing the app's own origin; anything else
 * (a stray frame, a page that navigated away, a synthetic event with no frame) gets FORBIDDEN
 * without reaching the dispatcher. Returns a function that removes the handlers again.
 */
export function registerIpcHandlers(options: {
  dispatch: Dispatch;
  appOrigin: string;
}): () => void {
  const { dispatch, appOrigin } = options;
  const names: string[] = [];
  for (const channel of CHANNELS) {
    const name = ipcChannelName(channel);
    ipcMain.handle(name, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!senderIsTrusted(event, appOrigin)) return FORBIDDEN;
      try {
        return await dispatch(channel, input);
      } catch {
        // The dispatcher maps every failure itself; should it ever throw, Electron would send the
        // raw message to the renderer. Nothing raw crosses the boundary.
        return INTERNAL;
      }
    });
    names.push(name);
  }
  return () => {
    for (const name of names) ipcMain.removeHandler(name);
  };
}

/** Reading a frame that navigated away or was destroyed throws in Electron: that is a refusal too. */
function senderIsTrusted(event: { senderFrame: SenderFrame | null }, appOrigin: string): boolean {
  try {
    return isTrustedSender(event.senderFrame, appOrigin);
  } catch {
    return false;
  }
}
