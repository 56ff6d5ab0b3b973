import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * Marks mentors' compartments for refresh, in the transaction of the change they must follow
 * (an assignment made or ended, a consent withdrawn, a mentee's name or phone edited). The sync
 * (`sync/`) refreshes marked compartments; mentors without a compartment (office staff) are
 * simply not found. A crash after the commit leaves the mark, so the next sync still runs.
 */
export async function markRefreshDue(db: Db, mentorIds: readonly number[]): Promise<void> {
  if (mentorIds.length === 0) return;
  await db
    .updateTable('mentor_compartments')
    .set({ refresh_due: 1 })
    .where('user_id', 'in', [...mentorIds])
    .execute();
}

/** The mentors of these cases now (to mark after an edit of what their compartments hold). */
export async function mentorsOfCases(db: Db, caseIds: readonly number[]): Promise<number[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('mentor_assignments')
    .select('mentor_id')
    .distinct()
    .where('case_id', 'in', [...caseIds])
    .where('ended_at', 'is', null)
    .execute();
  return rows.map((row) => row.mentor_id);
}
