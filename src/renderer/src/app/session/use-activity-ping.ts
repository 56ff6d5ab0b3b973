import { useEffect } from 'react';
import { callKaona } from '../../api';

/** Main's idle timer needs to hear about activity, but not on every keystroke. */
export const ACTIVITY_PING_INTERVAL_MS = 30_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Tells main (`session.ping`) that someone is at the keyboard: at once for the first activity,
 * then at most once per interval, with activity during an interval reported at its end so the
 * idle lock never runs early. A LOCKED answer reaches the session provider through `unwrap`.
 */
export function useActivityPing(): void {
  useEffect(() => {
    let lastPing = Number.NEGATIVE_INFINITY;
    let trailing: ReturnType<typeof setTimeout> | undefined;

    const ping = () => {
      lastPing = Date.now();
      trailing = undefined;
      callKaona((api) => api.session.ping()).catch(() => {
        // Nothing to show: a lost session is handled by the provider, and a failed ping only
        // means the idle lock may come a little early.
      });
    };
    const onActivity = () => {
      const wait = lastPing + ACTIVITY_PING_INTERVAL_MS - Date.now();
      if (wait <= 0) ping();
      else trailing ??= setTimeout(ping, wait);
    };

    const options = { capture: true, passive: true };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, options);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, options);
      clearTimeout(trailing);
    };
  }, []);
}
