import type { EventName, EventPayload, Unsubscribe } from '../../../shared/contract';

/**
 * Listens to one event main pushes (`session.changed`, `job.progress`). Without the app around
 * the page there is nothing to listen to; the first call reports that, so this stays quiet.
 */
export function onKaonaEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): Unsubscribe {
  const api = (window as Partial<Window>).kaona;
  if (!api) return () => undefined;
  return api.events.on(event, listener);
}
