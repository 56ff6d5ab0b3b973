import type { Channel } from '../../../shared/contract';
import { AppError } from '../errors';
import type { Handler } from '../handlers';

/**
 * Scaffolding while a feature is being built on a branch: the channels answer INTERNAL.
 * Nothing may ship with this in use (the contract test lists every channel still served by it).
 */
export function notBuilt<C extends Channel>(channels: readonly C[]): { [K in C]: Handler<K> } {
  const handlers = {} as { [K in C]: Handler<K> };
  for (const channel of channels) {
    handlers[channel] = (() => {
      throw new AppError('INTERNAL');
    }) as unknown as Handler<typeof channel>;
  }
  return handlers;
}
