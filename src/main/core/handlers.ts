import type { Channel, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { SessionState } from './session';

/** What every handler learns about the call besides its (already validated) input. */
export interface CallContext {
  session: SessionState;
}

export type Handler<C extends Channel> = (
  input: MethodParsedInput<C>,
  call: CallContext,
) => MethodOutput<C> | Promise<MethodOutput<C>>;

/** One handler per contract method; the type makes a missing one a compile error. */
export type HandlerMap = { [C in Channel]: Handler<C> };
