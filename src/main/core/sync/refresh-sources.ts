import type { Kysely } from 'kysely';
import { SHARING_CONSENT_FOR } from '../../../shared/domain/mentoring';
import { hasConsent } from '../cases/consents-service';
import { officeMenteeCases } from '../mentoring/mentee-cases-office';
import type { MenteeCasesTable } from '../db/mentoring-schema';
import type { DatabaseSchema } from '../db/schema';

/** What the refresh reads from the office for one mentor. */

type OfficeDb = Kysely<DatabaseSchema>;

/**
 * The cases a mentor may hold now: an open assignment, the programme consent, and for a mentor
 * from outside the ministry the consent to share with their organisation (PDPA s.19, 27). A
 * mentor without a registry profile gets nothing: nobody can say which consent they need.
 */
export async function casesForMentor(db: OfficeDb, mentorId: number): Promise<number[]> {
  const profile = await db
    .selectFrom('mentor_profiles')
    .select(['organisation_kind', 'is_external'])
    .where('user_id', '=', mentorId)
    .executeTakeFirst();
  if (!profile) return [];
  const open = await db
    .selectFrom('mentor_assignments')
    .innerJoin('cases', 'cases.id', 'mentor_assignments.case_id')
    .select(['cases.id as caseId', 'cases.beneficiary_id as beneficiaryId'])
    .where('mentor_assignments.mentor_id', '=', mentorId)
    .where('mentor_assignments.ended_at', 'is', null)
    .orderBy('cases.id')
    .execute();
  const sharing = profile.is_external === 1 ? SHARING_CONSENT_FOR[profile.organisation_kind] : null;
  const allowed: number[] = [];
  for (const row of open) {
    if (!(await hasConsent(db, row.beneficiaryId, 'programme'))) continue;
    if (sharing !== null && !(await hasConsent(db, row.beneficiaryId, sharing))) continue;
    allowed.push(row.caseId);
  }
  return allowed;
}

/**
 * The mentee as the mentor may see them, for the cases `casesForMentor` allowed: the same
 * column-by-column projection an office role who mentors reads (`officeMenteeCases`), so what a
 * compartment holds and what the office shows a mentor cannot drift apart.
 */
export async function menteeRows(
  db: OfficeDb,
  mentorId: number,
  caseIds: number[],
): Promise<MenteeCasesTable[]> {
  if (caseIds.length === 0) return [];
  const allowed = new Set(caseIds);
  return (await officeMenteeCases(db, mentorId)).filter((row) => allowed.has(row.case_id));
}

/** The office's records of these cases, as they are in the office database. */
export async function officeRecords(db: OfficeDb, caseIds: number[]) {
  if (caseIds.length === 0)
    return {
      advisory_sessions: [],
      session_actions: [],
      outcome_milestones: [],
      outcome_months: [],
    };
  const [sessions, actions, milestones, months] = await Promise.all([
    db.selectFrom('advisory_sessions').selectAll().where('case_id', 'in', caseIds).execute(),
    db.selectFrom('session_actions').selectAll().where('case_id', 'in', caseIds).execute(),
    db.selectFrom('outcome_milestones').selectAll().where('case_id', 'in', caseIds).execute(),
    db.selectFrom('outcome_months').selectAll().where('case_id', 'in', caseIds).execute(),
  ]);
  return {
    advisory_sessions: sessions,
    session_actions: actions,
    outcome_milestones: milestones,
    outcome_months: months,
  };
}
