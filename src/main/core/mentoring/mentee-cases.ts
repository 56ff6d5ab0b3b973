import type { MentorCall } from '../call/call-context';
import type { MenteeCasesTable } from '../db/mentoring-schema';
import { AppError } from '../errors';
import { officeMenteeCases } from './mentee-cases-office';
import { compartmentDb, officeDb, type MentoringDb } from './mentoring-scope';

type Caller = Pick<MentorCall, 'mode' | 'db' | 'user'>;

/**
 * An office role may use the mentor's methods only with a mentor profile: the permission
 * `mentoring.own` is every officer's, being a mentor is the registry's say.
 */
async function requireMentorProfile(call: Caller, db: MentoringDb): Promise<void> {
  const profile = await officeDb(db)
    .selectFrom('mentor_profiles')
    .select('user_id')
    .where('user_id', '=', call.user.id)
    .executeTakeFirst();
  if (!profile) throw new AppError('FORBIDDEN', 'not_a_mentor');
}

/** Every case the caller mentors now, in whichever database this session opened. */
export async function myMentees(
  call: Caller,
  db: MentoringDb = call.db,
): Promise<MenteeCasesTable[]> {
  if (call.mode === 'office') {
    await requireMentorProfile(call, db);
    return officeMenteeCases(officeDb(db), call.user.id);
  }
  return compartmentDb(db)
    .selectFrom('mentee_cases')
    .selectAll()
    .where('mentor_id', '=', call.user.id)
    .execute();
}

/**
 * One of the caller's mentees, or NOT_FOUND `not_your_mentee`: NOT_FOUND rather than FORBIDDEN,
 * so a mentor learns nothing about whether a case they were not given exists.
 */
export async function requireMentee(
  call: Caller,
  caseId: number,
  db: MentoringDb = call.db,
): Promise<MenteeCasesTable> {
  let mentee: MenteeCasesTable | undefined;
  if (call.mode === 'office') {
    await requireMentorProfile(call, db);
    [mentee] = await officeMenteeCases(officeDb(db), call.user.id, caseId);
  } else {
    mentee = await compartmentDb(db)
      .selectFrom('mentee_cases')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('mentor_id', '=', call.user.id)
      .executeTakeFirst();
  }
  if (!mentee) throw new AppError('NOT_FOUND', 'not_your_mentee');
  return mentee;
}
