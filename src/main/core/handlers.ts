import type { Channel, Contract, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { MentorCall, OwnCall, PublicCall, SignedInCall } from './call/call-context';
import type { SessionState } from './session';

/**
 * The call context follows the method's access: public methods (before sign-in) get the public
 * call, the person's own methods (`session.own`, mentors included) the own call, and every other
 * mentor's own work (`mentoring.own`) the mentor call on whichever database holds it, and every
 * other method the office's signed-in call with its database.
 */
export type CallFor<C extends Channel> = Contract[C]['access'] extends 'public'
  ? PublicCall
  : Contract[C]['access'] extends 'session.own'
    ? OwnCall
    : Contract[C]['access'] extends 'mentoring.own'
      ? MentorCall
      : SignedInCall;

export type Handler<C extends Channel> = (
  input: MethodParsedInput<C>,
  call: CallFor<C>,
) => MethodOutput<C> | Promise<MethodOutput<C>>;

type Namespace = Channel extends infer C ? (C extends `${infer N}.${string}` ? N : never) : never;

/**
 * One feature's handlers: exactly the methods of its namespace, no more and no fewer. A feature
 * module exports a function returning this; `create-core.ts` composes them.
 */
export type FeatureHandlers<N extends Namespace> = {
  [C in Channel as C extends `${N}.${string}` ? C : never]: Handler<C>;
};

/** What the transports' dispatcher calls: every method, with only the session known. */
export type DispatchHandler = (input: never, call: { session: SessionState }) => unknown;
export type HandlerMap = { [C in Channel]: DispatchHandler };
