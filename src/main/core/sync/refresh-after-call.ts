import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import type { AllHandlers } from '../call/bind-handlers';
import { refreshDueCompartments } from '../compartments/compartment-service';
import type { SessionManager } from '../session/session-manager';

/**
 * The permissions of the methods that can change what a mentor's compartment must hold.
 * `pdpa.fulfil`: an erasure must leave no compartment naming the person once it answers
 * (found in review, issue 11; it used to wait for the next lock or sign-out).
 */
const CHANGING_ACCESS = new Set<string>([
  'mentoring.coordinate',
  'cases.write',
  'mentors.manage',
  'pdpa.fulfil',
]);

/**
 * After a method that can change what a compartment holds (an assignment, a consent, a mentee's
 * details) has committed, the compartments its transaction marked (`markRefreshDue`) are
 * refreshed, before the answer goes back. One wrapper here instead of a call at the end of each
 * service: the services only mark, in their own transaction, and a crash between the commit and
 * the refresh leaves the mark for the next sign-in, lock or sign-out. The refresh runs in the
 * session's serial queue (so a lock cannot close the database under it) and never fails the
 * call: a compartment it cannot write is audited and stays marked.
 */
export function refreshingAfterChanges(
  handlers: AllHandlers,
  sessions: Pick<SessionManager, 'exclusive'>,
): AllHandlers {
  const wrapped = { ...handlers } as Record<Channel, (input: never, call: never) => unknown>;
  for (const channel of CHANNELS) {
    if (!CHANGING_ACCESS.has(contract[channel].access)) continue;
    const handler = wrapped[channel];
    wrapped[channel] = async (input, call) => {
      const result = await handler(input, call);
      await sessions
        .exclusive((_call, vault) => refreshDueCompartments(vault))
        .catch(() => undefined);
      return result;
    };
  }
  return wrapped as unknown as AllHandlers;
}
