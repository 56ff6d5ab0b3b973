import { sql } from 'kysely';
import type { AssignmentEndKind } from '../../../shared/domain/mentoring';
import type { Db } from '../cases/case-file-repository';

/** The case's open assignment (at most one: the partial unique index `mentor_assignments_open`). */
export function openAssignmentOf(db: Db, caseId: number) {
  return db
    .selectFrom('mentor_assignments')
    .select(['id', 'mentor_id', 'case_id'])
    .where('case_id', '=', caseId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

/** Open assignments of several cases, or of one mentor. */
export function openAssignmentsOfCases(db: Db, caseIds: readonly number[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('mentor_assignments')
    .select(['id', 'mentor_id', 'case_id'])
    .where('case_id', 'in', [...caseIds])
    .where('ended_at', 'is', null)
    .execute();
}

export function openAssignmentsOfMentor(db: Db, mentorId: number) {
  return db
    .selectFrom('mentor_assignments')
    .select(['id', 'mentor_id', 'case_id'])
    .where('mentor_id', '=', mentorId)
    .where('ended_at', 'is', null)
    .orderBy('case_id')
    .execute();
}

export async function insertAssignment(
  db: Db,
  row: {
    caseId: number;
    mentorId: number;
    at: string;
    by: number;
    reason: string;
    overCapacityReason: string;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('mentor_assignments')
    .values({
      case_id: row.caseId,
      mentor_id: row.mentorId,
      started_at: row.at,
      started_by: row.by,
      reason: row.reason,
      over_capacity_reason: row.overCapacityReason,
      ended_at: null,
      ended_by: null,
      end_kind: null,
      end_reason: '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function closeAssignment(
  db: Db,
  id: number,
  end: { at: string; by: number; kind: AssignmentEndKind; reason: string },
): Promise<void> {
  await db
    .updateTable('mentor_assignments')
    .set({ ended_at: end.at, ended_by: end.by, end_kind: end.kind, end_reason: end.reason })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
}

/** The case's current mentor follows its assignments; every change bumps the version. */
export async function setCaseMentor(
  db: Db,
  caseId: number,
  mentorId: number | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('cases')
    .set({
      mentor_id: mentorId,
      assignment_version: sql<number>`assignment_version + 1`,
      updated_at: at,
    })
    .where('id', '=', caseId)
    .execute();
}

/** Every assignment of the case, newest first, with the names the history shows. */
export function assignmentHistory(db: Db, caseId: number) {
  return db
    .selectFrom('mentor_assignments as a')
    .innerJoin('users as m', 'm.id', 'a.mentor_id')
    .innerJoin('users as s', 's.id', 'a.started_by')
    .leftJoin('users as e', 'e.id', 'a.ended_by')
    .leftJoin('mentor_profiles as p', 'p.user_id', 'a.mentor_id')
    .select([
      'a.id',
      'a.mentor_id',
      'm.full_name as mentor_name',
      'p.organisation_kind',
      'a.started_at',
      's.full_name as started_by_name',
      'a.reason',
      'a.over_capacity_reason',
      'a.ended_at',
      'e.full_name as ended_by_name',
      'a.end_kind',
      'a.end_reason',
    ])
    .where('a.case_id', '=', caseId)
    .orderBy('a.id', 'desc')
    .execute();
}

/** Active mentees per mentor, for the given mentors. */
export async function activeCounts(
  db: Db,
  mentorIds: readonly number[],
): Promise<Map<number, number>> {
  if (mentorIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('mentor_assignments')
    .select(['mentor_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('mentor_id', 'in', [...mentorIds])
    .where('ended_at', 'is', null)
    .groupBy('mentor_id')
    .execute();
  return new Map(rows.map((row) => [row.mentor_id, Number(row.n)]));
}
