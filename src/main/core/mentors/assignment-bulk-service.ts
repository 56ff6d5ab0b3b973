import type { z } from 'zod';
import { FINAL_STATUSES } from '../../../shared/domain/cases';
import type {
  BulkAssignResult,
  BulkPreview,
  BulkPreviewRow,
  BulkProblem,
  bulkAssignSchema,
  bulkPreviewSchema,
} from '../../../shared/domain/mentoring';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import type { SignedInCall } from '../call/call-context';
import { requireCase } from '../cases/case-file-lookup';
import { displayName } from '../cases/person-names';
import { AppError } from '../errors';
import { startAssignmentIn } from './assignment-changes';
import { assignRefusal } from './assignment-service';
import { openAssignmentOf } from './assignments-repository';
import { bestAssignable, isFull, scoreMentor, type MatchMentor } from './matching';
import { matchCaseOf, matchMentors } from './matching-inputs';

type BulkPreviewInput = z.output<typeof bulkPreviewSchema>;
type BulkAssignInput = z.output<typeof bulkAssignSchema>;

/** Problems that skip a row; `over_capacity` alone can be overridden with a reason. */
const overridable = (problems: readonly BulkProblem[]) =>
  problems.every((problem) => problem === 'over_capacity');

/**
 * What a bulk assignment would do, row by row, and each mentor's load before and after. Rows are
 * taken in the order given and each counts the cases given to a mentor by the rows above it, so
 * the preview shows what the batch would really do, and "best mentor for each" spreads the
 * batch as one-by-one assignment would.
 */
export async function bulkPreview(
  call: SignedInCall,
  input: BulkPreviewInput,
): Promise<BulkPreview> {
  const today = bangkokToday(call.clock.now());
  const mentors = await matchMentors(call.db);
  const byId = new Map(mentors.map((mentor) => [mentor.userId, mentor]));
  const chosenMentor = input.mentorId === null ? null : byId.get(input.mentorId);
  if (chosenMentor === undefined) throw new AppError('NOT_FOUND', 'mentor_not_found');
  const extra = new Map<number, number>();
  const rows: BulkPreviewRow[] = [];

  for (const caseId of new Set(input.caseIds)) {
    const { caseRow, person } = await requireCase(call.db, caseId);
    const current = await openAssignmentOf(call.db, caseRow.id);
    const problems: BulkProblem[] = [];
    if (FINAL_STATUSES.includes(caseRow.status)) problems.push('case_closed');
    if (current) problems.push('already_assigned');
    let mentor: MatchMentor | undefined;
    let score: number | null = null;
    if (problems.length === 0 || chosenMentor) {
      const matchCase = await matchCaseOf(call.db, caseRow, person);
      if (chosenMentor) {
        mentor = chosenMentor;
        const refusal = assignRefusal(matchCase, mentor, today);
        if (refusal === 'no_sharing_consent') problems.push('no_sharing_consent');
        else if (refusal !== null) problems.push('mentor_inactive');
        score = scoreMentor(matchCase, mentor, today, extra.get(mentor.userId) ?? 0).score;
      } else {
        const best = bestAssignable(
          mentors.map((m) => scoreMentor(matchCase, m, today, extra.get(m.userId) ?? 0)),
        );
        if (best) {
          mentor = byId.get(best.mentorId);
          score = best.score;
        } else problems.push('no_suggestion');
      }
      if (mentor && isFull(mentor.activeMentees + (extra.get(mentor.userId) ?? 0), mentor.capacity))
        problems.push('over_capacity');
    }
    if (mentor && overridable(problems))
      extra.set(mentor.userId, (extra.get(mentor.userId) ?? 0) + 1);
    rows.push({
      caseId: caseRow.id,
      caseNumber: caseRow.case_number,
      beneficiaryName: displayName(person),
      mentorId: mentor?.userId ?? null,
      mentorName: mentor?.fullName ?? null,
      score,
      currentAssignmentId: current?.id ?? null,
      problems,
    });
  }

  const shown = [...new Set(rows.flatMap((row) => (row.mentorId === null ? [] : [row.mentorId])))];
  const load = shown.map((mentorId) => {
    const mentor = byId.get(mentorId)!;
    return {
      mentorId,
      mentorName: mentor.fullName,
      before: mentor.activeMentees,
      after: mentor.activeMentees + (extra.get(mentorId) ?? 0),
      capacity: mentor.capacity,
    };
  });
  await call.audit.record({
    action: 'mentor.suggestions_viewed',
    outcome: 'success',
    actor: call.actor,
    details: { bulk: true, cases: rows.length, mentors: load.length },
  });
  return { rows, load };
}

/**
 * Assigns every row in one transaction, or none. A row that cannot be assigned (closed case, a
 * mentor already there, no consent, an inactive mentor, over capacity without a reason) refuses
 * the whole batch with VALIDATION `bulk_row_refused`, which names nothing personal; a row whose
 * assignment changed since the preview answers CONFLICT `assignment_changed`.
 */
export async function bulkAssign(
  call: SignedInCall,
  input: BulkAssignInput,
): Promise<BulkAssignResult> {
  const at = call.clock.now().toISOString();
  const today = bangkokToday(call.clock.now());
  const caseIds = input.items.map((item) => item.caseId);
  if (new Set(caseIds).size !== caseIds.length)
    throw new AppError('VALIDATION', 'bulk_row_refused');
  await call.audited<{ mentors: number; overCapacity: number }>(
    (result) => ({
      action: 'mentor.bulk_assigned',
      outcome: 'success',
      details: {
        assigned: input.items.length,
        mentors: result.mentors,
        overCapacity: result.overCapacity,
        caseIds: caseIds.map(String),
      },
    }),
    async (trx) => {
      const byId = new Map((await matchMentors(trx)).map((mentor) => [mentor.userId, mentor]));
      const extra = new Map<number, number>();
      let overCapacity = 0;
      for (const item of input.items) {
        const { caseRow, person } = await requireCase(trx, item.caseId);
        const current = await openAssignmentOf(trx, caseRow.id);
        if ((current?.id ?? null) !== item.expectedAssignmentId)
          throw new AppError('CONFLICT', 'assignment_changed');
        const mentor = byId.get(item.mentorId);
        if (FINAL_STATUSES.includes(caseRow.status) || current || !mentor)
          throw new AppError('VALIDATION', 'bulk_row_refused');
        if (assignRefusal(await matchCaseOf(trx, caseRow, person), mentor, today) !== null)
          throw new AppError('VALIDATION', 'bulk_row_refused');
        const load = mentor.activeMentees + (extra.get(mentor.userId) ?? 0);
        const full = isFull(load, mentor.capacity);
        if (full && input.overCapacityReason === '')
          throw new AppError('VALIDATION', 'bulk_row_refused');
        if (full) overCapacity++;
        await startAssignmentIn(trx, call, {
          caseRow,
          mentorId: mentor.userId,
          previous: undefined,
          reason: input.reason,
          overCapacityReason: full ? input.overCapacityReason : '',
          at,
        });
        extra.set(mentor.userId, (extra.get(mentor.userId) ?? 0) + 1);
      }
      return { mentors: extra.size, overCapacity };
    },
  );
  return { assigned: input.items.length };
}
