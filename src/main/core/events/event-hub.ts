import type { EventName, EventPayload, Unsubscribe } from '../../../shared/contract';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Events the core pushes to whoever shows it: the Electron main window (through IPC) or the web
 * host's page (through server-sent events). The core never knows which transport listens.
 */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): Unsubscribe {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      // A failing transport (a window closing) must not stop the others, nor the core's work.
      try {
        listener(event, payload);
      } catch {
        /* the listener's own problem */
      }
    }
  }
}
