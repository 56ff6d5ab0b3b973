import { ipcEventName, type Unsubscribe } from '../../shared/contract/events';
import type { EventHub } from '../core/events/event-hub';
import { isAppUrl } from './origin';

/** The part of Electron's `WebContents` that pushing needs (a stand-in in unit tests). */
export interface PushWebContents {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
}

/** The part of Electron's `BrowserWindow` that pushing needs. */
export interface PushWindow {
  isDestroyed(): boolean;
  readonly webContents: PushWebContents;
}

/**
 * Forwards every core event to the main window: `webContents.send('kaona-event:<name>', payload)`.
 * The window is looked up at each event (it can be closed or replaced), and an event is sent only
 * while that window is alive and shows the app's own origin — a page that somehow navigated
 * elsewhere must not learn who is signed in. Returns a function that stops forwarding.
 */
export function pushEventsToWindow(options: {
  events: Pick<EventHub, 'subscribe'>;
  getWindow: () => PushWindow | null;
  appOrigin: string;
}): Unsubscribe {
  const { events, getWindow, appOrigin } = options;
  return events.subscribe((event, payload) => {
    const contents = appWebContents(getWindow(), appOrigin);
    contents?.send(ipcEventName(event), payload);
  });
}

/**
 * The window's webContents when it may receive events, else null. Electron throws when a
 * destroyed window or webContents is read, so a throw is a refusal too.
 */
function appWebContents(window: PushWindow | null, appOrigin: string): PushWebContents | null {
  try {
    if (!window || window.isDestroyed()) return null;
    const contents = window.webContents;
    if (contents.isDestroyed() || !isAppUrl(contents.getURL(), appOrigin)) return null;
    return contents;
  } catch {
    return null;
  }
}
