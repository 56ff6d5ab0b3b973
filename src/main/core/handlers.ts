import type { Channel, Contract, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { PublicCall, SignedInCall } from './call/call-context';
import type { SessionState } from './session';

/** Public methods (usable before sign-in) get the public call; every other one a signed-in call. */
export type CallFor<C extends Channel> = Contract[C]['access'] extends 'public'
  ? PublicCall
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
