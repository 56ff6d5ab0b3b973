import type { CaseStatus } from '../../../shared/domain/cases';
import type { MentorCall } from '../call/call-context';
import { refuseErased } from '../cases/case-file-lookup';
import { AppError } from '../errors';
import { requireMentee } from './mentee-cases';
import { officeDb, type MentoringDb } from './mentoring-scope';

/**
 * Who may write records on a case: a mentor on their mentees (`mentoring.*`), office staff with
 * `cases.write` on any case (`progress.*`).
 */
export type RecordGate = 'mentee' | 'office';

export interface RecordCase {
  caseId: number;
  intakeDate: string;
  status: CaseStatus;
}

/**
 * A case that has left the programme takes no new sessions, actions or figures (its assignment
 * ended with it). A graduated case still does: the programme follows sales after graduation.
 */
const NO_NEW_RECORDS: readonly CaseStatus[] = ['closed', 'referred_out'];

export async function caseForRecords(
  call: Pick<MentorCall, 'mode' | 'db' | 'user'>,
  db: MentoringDb,
  caseId: number,
  gate: RecordGate,
): Promise<RecordCase> {
  let found: RecordCase;
  if (gate === 'mentee') {
    const mentee = await requireMentee(call, caseId, db);
    found = { caseId, intakeDate: mentee.intake_date, status: mentee.status as CaseStatus };
  } else {
    const row = await officeDb(db)
      .selectFrom('cases')
      .innerJoin('beneficiaries', 'beneficiaries.id', 'cases.beneficiary_id')
      .select(['cases.intake_date', 'cases.status', 'beneficiaries.erased_at'])
      .where('cases.id', '=', caseId)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'case_not_found');
    // An erased person's figures and notes are not written back (found in review, issue 11).
    refuseErased(row);
    found = { caseId, intakeDate: row.intake_date, status: row.status };
  }
  if (NO_NEW_RECORDS.includes(found.status))
    throw new AppError('VALIDATION', 'case_not_active_for_mentoring');
  return found;
}
