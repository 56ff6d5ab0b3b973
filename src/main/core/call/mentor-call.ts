import type { Kysely, Transaction } from 'kysely';
import { appendEvent } from '../compartments/compartment-repository';
import type { MentoringTables } from '../db/mentoring-schema';
import type { SignedInSpace } from '../session/signed-in-space';
import type { AuditedEvent, MentorCall, OwnCall, SignedInCall } from './call-context';

/**
 * Builds the mentor call for the space this session opened. In the office database a mentor's
 * events go to the audit log with the change; in a compartment to its events table with the
 * change, from where the next office sign-in merges them into the log.
 */
export function mentorCallFor(
  space: SignedInSpace,
  own: OwnCall,
  officeCall: () => SignedInCall,
): MentorCall {
  if (space.kind === 'office') {
    const office = officeCall();
    return {
      ...own,
      mode: 'office',
      db: office.db as unknown as Kysely<MentoringTables>,
      audited: (event, change) =>
        office.audited(event, (trx) => change(trx as unknown as Transaction<MentoringTables>)),
      record: (event) => office.audit.record({ ...event, actor: own.actor }),
      office,
    };
  }
  const db = space.compartment.db as unknown as Kysely<MentoringTables>;
  return {
    ...own,
    mode: space.carried ? 'carried' : 'compartment',
    db,
    audited: async <T>(
      event: AuditedEvent | ((result: NoInfer<T>) => AuditedEvent),
      change: (trx: Transaction<MentoringTables>) => Promise<T>,
    ): Promise<T> =>
      space.compartment.db.transaction().execute(async (trx) => {
        const value = await change(trx as unknown as Transaction<MentoringTables>);
        const entry = typeof event === 'function' ? event(value) : event;
        await appendEvent(trx, { ...entry, actor: own.actor }, own.clock.now());
        return value;
      }),
    record: (event) =>
      appendEvent(space.compartment.db, { ...event, actor: own.actor }, own.clock.now()),
    office: null,
  };
}
