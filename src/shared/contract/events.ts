import type { SessionInfo } from '../domain/accounts';
import type { JobProgress } from '../domain/jobs';

/** A phantom marker carrying the payload type of an event; it holds no value at run time. */
export interface EventDefinition<T> {
  readonly __payload?: T;
}

function event<T>(): EventDefinition<T> {
  return {};
}

/**
 * Events that main pushes to the renderer. Payloads are plain JSON, like method outputs.
 *
 * - `session.changed`: the session after any change made in main (sign-in, the idle lock, the OS
 *   lock, a sign-out), so the page shows the lock screen at once instead of at its next question.
 * - `job.progress`: a background job's progress, and once more when it ends.
 */
export const contractEvents = {
  'session.changed': event<SessionInfo>(),
  'job.progress': event<JobProgress>(),
} satisfies Record<string, EventDefinition<unknown>>;

export type EventName = keyof typeof contractEvents;
export const EVENT_NAMES = Object.keys(contractEvents) as EventName[];

export type EventPayload<E extends EventName> =
  (typeof contractEvents)[E] extends EventDefinition<infer T> ? T : never;

export type Unsubscribe = () => void;

/** `window.kaona.events`: subscribe to one event; the returned function unsubscribes. */
export interface KaonaEvents {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
}

/** The transport half: how the preload or the web host's bridge delivers one kind of event. */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => Unsubscribe;

/** The IPC channel name main sends an event on; prefixed like the method channels. */
export function ipcEventName(event: EventName): string {
  return `kaona-event:${event}`;
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(contractEvents, value);
}
