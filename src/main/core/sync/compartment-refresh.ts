import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { CompartmentSchema } from '../compartments/compartment-schema';
import type { DatabaseSchema } from '../db/schema';
import { casesForMentor, menteeRows, officeRecords } from './refresh-sources';
import {
  RECORD_TABLES,
  chunks,
  clean,
  holdsAlready,
  replaceRecords,
  replaceRevisions,
} from './refresh-writes';

type OfficeDb = Kysely<DatabaseSchema>;
type Compartment = Kysely<CompartmentSchema>;

export interface OfficeSide {
  db: OfficeDb;
  audit: AuditLog;
  actor: AuditActor;
  clock: Clock;
}

export interface RefreshCounts {
  cases: number;
  sessions: number;
  actions: number;
  milestones: number;
  months: number;
  conflicts: number;
}

/**
 * Writes into one mentor's compartment exactly what they need, in one compartment transaction:
 * their assigned, consenting cases, the skills taxonomy, the records of those cases, the names
 * of who wrote them, their open conflicts, and the office's identity. Everything about other
 * cases goes. A row the mentor changed that the office does not hold yet (still `dirty`, e.g. a
 * merge refused or not run) is kept; every other row is replaced by delete and INSERT, so the
 * dirty triggers (which fire on UPDATE) never mark the office's own rows as the mentor's.
 * The caller runs the merge first: a dirty row the office already holds is replaced here.
 */
export async function refreshCompartmentOf(
  office: OfficeSide,
  mentorId: number,
  compartment: Compartment,
  /** Rows the merge just before refused: dropped, not kept for another try. */
  refusedIds: ReadonlySet<string> = new Set(),
): Promise<RefreshCounts> {
  // The mark is cleared before the office is read, not after the write: a change committed
  // meanwhile (calls that are not in the session's queue) marks it again and is not lost. A
  // refresh that fails puts the mark back (after a crash, the next sign-in refreshes them all).
  await setRefreshDue(office.db, mentorId, 0);
  try {
    return await refresh(office, mentorId, compartment, refusedIds);
  } catch (error) {
    await setRefreshDue(office.db, mentorId, 1);
    throw error;
  }
}

async function setRefreshDue(db: OfficeDb, mentorId: number, due: 0 | 1): Promise<void> {
  await db
    .updateTable('mentor_compartments')
    .set({ refresh_due: due })
    .where('user_id', '=', mentorId)
    .where('refresh_due', '=', due === 0 ? 1 : 0)
    .execute();
}

async function refresh(
  office: OfficeSide,
  mentorId: number,
  compartment: Compartment,
  refusedIds: ReadonlySet<string>,
): Promise<RefreshCounts> {
  const { db } = office;
  const caseIds = await casesForMentor(db, mentorId);
  const mentees = await menteeRows(db, mentorId, caseIds);
  const records = await officeRecords(db, caseIds);
  const revisions = records.advisory_sessions.length
    ? await db
        .selectFrom('advisory_session_revisions')
        .selectAll()
        .where(
          'session_id',
          'in',
          db.selectFrom('advisory_sessions').select('id').where('case_id', 'in', caseIds),
        )
        .execute()
    : [];
  const skills = await db.selectFrom('mentor_skills').selectAll().orderBy('sort_order').execute();
  const conflicts = await db
    .selectFrom('mentoring_conflicts')
    .selectAll()
    .where('mentor_id', '=', mentorId)
    .where('resolved_at', 'is', null)
    .where('case_id', 'in', caseIds.length ? caseIds : [-1])
    .execute();
  const writers = new Set<number>();
  for (const row of records.advisory_sessions) writers.add(row.updated_by).add(row.mentor_id);
  for (const row of records.session_actions) writers.add(row.updated_by);
  for (const row of records.outcome_milestones) writers.add(row.recorded_by);
  for (const row of records.outcome_months) writers.add(row.recorded_by);
  const people = writers.size
    ? await db
        .selectFrom('users')
        .select(['id as user_id', 'full_name'])
        .where('id', 'in', [...writers])
        .execute()
    : [];
  const identity = await db
    .selectFrom('office_identity')
    .select('office_uuid')
    .executeTakeFirstOrThrow();
  const now = office.clock.now().toISOString();
  const counts: RefreshCounts = {
    cases: mentees.length,
    sessions: records.advisory_sessions.length,
    actions: records.session_actions.length,
    milestones: records.outcome_milestones.length,
    months: records.outcome_months.length,
    conflicts: conflicts.length,
  };

  // Every office sign-in refreshes every compartment: one that already holds exactly this is
  // left as it is (reading is cheap, a write and its audit event are not).
  const planned = {
    mentee_cases: mentees,
    mentor_skills: skills,
    people,
    advisory_sessions: records.advisory_sessions.map(clean),
    session_actions: records.session_actions.map(clean),
    outcome_milestones: records.outcome_milestones.map(clean),
    outcome_months: records.outcome_months.map(clean),
    advisory_session_revisions: revisions.map((row) => ({ ...row, dirty: 0 })),
    mentoring_conflicts: conflicts,
  };
  if (await holdsAlready(compartment, planned, identity.office_uuid)) return counts;

  await compartment.transaction().execute(async (trx) => {
    await trx.deleteFrom('mentee_cases').execute();
    for (const rows of chunks(mentees)) await trx.insertInto('mentee_cases').values(rows).execute();
    await trx.deleteFrom('mentor_skills').execute();
    for (const rows of chunks(skills)) await trx.insertInto('mentor_skills').values(rows).execute();
    await trx.deleteFrom('people').execute();
    for (const rows of chunks(people)) await trx.insertInto('people').values(rows).execute();
    for (const table of RECORD_TABLES)
      await replaceRecords(trx, table, records[table], caseIds, refusedIds);
    await replaceRevisions(trx, revisions, caseIds);
    await trx.deleteFrom('mentoring_conflicts').execute();
    for (const rows of chunks(conflicts))
      await trx.insertInto('mentoring_conflicts').values(rows).execute();
    await trx
      .updateTable('meta')
      .set({ office_uuid: identity.office_uuid, refreshed_at: now })
      .where('id', '=', 1)
      .execute();
  });

  await office.audit.record({
    action: 'mentor.compartment_refreshed',
    outcome: 'success',
    actor: office.actor,
    target: { type: 'user', id: mentorId },
    details: { ...counts },
  });
  return counts;
}
