import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import type { Clock } from '../clock';
import type { Handler, HandlerMap } from '../handlers';
import type { MentorCall, OwnCall, SignedInCall } from './call-context';

export type AllHandlers = { [C in Channel]: Handler<C> };

/**
 * Turns the features' handlers into what the dispatcher calls: each gets the call context its
 * method's access asks for. The dispatcher has already checked the session and the permission;
 * `signedInCall` checks again that the session is still open (a lock may have come in between).
 */
export function bindHandlers(
  handlers: AllHandlers,
  options: {
    clock: Clock;
    ownCall: () => OwnCall;
    signedInCall: () => SignedInCall;
    mentorCall: () => MentorCall;
  },
): HandlerMap {
  const bound = {} as Record<Channel, HandlerMap[Channel]>;
  for (const channel of CHANNELS) {
    const handler = handlers[channel] as (input: unknown, call: unknown) => unknown;
    const { access } = contract[channel];
    bound[channel] =
      access === 'public'
        ? (input, { session }) => handler(input, { session, clock: options.clock })
        : access === 'session.own'
          ? (input) => handler(input, options.ownCall())
          : access === 'mentoring.own'
            ? (input) => handler(input, options.mentorCall())
            : (input) => handler(input, options.signedInCall());
  }
  return bound;
}
