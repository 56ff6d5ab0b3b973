import type { z } from 'zod';
import { FINAL_STATUSES, caseSearchSchema, type CaseListRow } from '../../../shared/domain/cases';
import type {
  AssignmentEntry,
  CaseAssignments,
  assignSchema,
  endAssignmentSchema,
  suggestSchema,
  SuggestionList,
} from '../../../shared/domain/mentoring';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import type { SignedInCall } from '../call/call-context';
import { requireCase } from '../cases/case-file-lookup';
import type { Db } from '../cases/case-file-repository';
import { auditedFilters, searchCases } from '../cases/cases-search';
import { AppError } from '../errors';
import { endAssignmentIn, startAssignmentIn } from './assignment-changes';
import { assignmentHistory, openAssignmentOf } from './assignments-repository';
import {
  hasRequiredConsents,
  isAvailableOn,
  isFull,
  isMentorActive,
  rankSuggestions,
  scoreMentor,
  type MatchCase,
  type MatchMentor,
} from './matching';
import { matchCaseOf, matchMentor, matchMentors } from './matching-inputs';

type Suggest = z.output<typeof suggestSchema>;
type Assign = z.output<typeof assignSchema>;
type EndAssignment = z.output<typeof endAssignmentSchema>;

/**
 * Ranked mentors for one case. It reads the case (needs, place, consents), so it is audited with
 * the case as target; the details are counts only.
 */
export async function suggestMentors(call: SignedInCall, input: Suggest): Promise<SuggestionList> {
  const { caseRow, person } = await requireCase(call.db, input.caseId);
  const matchCase = await matchCaseOf(call.db, caseRow, person);
  const today = bangkokToday(call.clock.now());
  const scored = (await matchMentors(call.db)).map((mentor) =>
    scoreMentor(matchCase, mentor, today),
  );
  const suggestions = rankSuggestions(scored, input.limit);
  await call.audit.record({
    action: 'mentor.suggestions_viewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'case', id: caseRow.id },
    details: {
      shown: suggestions.length,
      blocked: suggestions.filter((s) => s.blockers.length > 0).length,
    },
  });
  return { caseId: caseRow.id, suggestions, tieBreak: 'score_then_load_then_name_then_id' };
}

export async function caseAssignments(db: Db, caseId: number): Promise<CaseAssignments> {
  const { caseRow } = await requireCase(db, caseId);
  const rows = await assignmentHistory(db, caseRow.id);
  const history = rows.map((row): AssignmentEntry => ({
    assignmentId: row.id,
    mentorId: row.mentor_id,
    mentorName: row.mentor_name,
    // Every assigned mentor had a profile; one written without (old data) reads as outside.
    organisationKind: row.organisation_kind ?? 'volunteer',
    startedAt: row.started_at,
    startedByName: row.started_by_name,
    reason: row.reason,
    overCapacityReason: row.over_capacity_reason,
    endedAt: row.ended_at,
    endedByName: row.ended_by_name,
    endKind: row.end_kind,
    endReason: row.end_reason,
  }));
  return {
    caseId: caseRow.id,
    current: history.find((entry) => entry.endedAt === null) ?? null,
    history,
  };
}

/** Why this mentor cannot take this case now, as the reason the core answers with. */
export function assignRefusal(
  matchCase: MatchCase,
  mentor: MatchMentor,
  today: string,
): 'mentor_inactive' | 'mentor_unavailable' | 'no_sharing_consent' | null {
  if (!isMentorActive(mentor)) return 'mentor_inactive';
  if (!isAvailableOn(mentor, today)) return 'mentor_unavailable';
  if (!hasRequiredConsents(mentor, matchCase.granted)) return 'no_sharing_consent';
  return null;
}

/**
 * Assigns a mentor, or reassigns (a reason is then required). The caller names the assignment it
 * saw: when two officers reassign the same case at once, the second finds another assignment in
 * place and gets CONFLICT `assignment_changed`, and its screen reloads the current state. Every
 * check is made in the transaction that writes.
 */
export async function assignMentor(call: SignedInCall, input: Assign): Promise<CaseAssignments> {
  const at = call.clock.now().toISOString();
  const today = bangkokToday(call.clock.now());
  await call.audited<{
    assignmentId: number;
    previousMentorId: number | null;
    overCapacity: boolean;
  }>(
    (done) => ({
      action: done.previousMentorId === null ? 'mentor.assigned' : 'mentor.reassigned',
      outcome: 'success',
      target: { type: 'case', id: input.caseId },
      details: {
        assignmentId: done.assignmentId,
        mentorId: input.mentorId,
        previousMentorId: done.previousMentorId,
        overCapacity: done.overCapacity,
      },
    }),
    async (trx) => {
      const { caseRow, person } = await requireCase(trx, input.caseId);
      const current = await openAssignmentOf(trx, caseRow.id);
      if ((current?.id ?? null) !== input.expectedAssignmentId)
        throw new AppError('CONFLICT', 'assignment_changed');
      if (FINAL_STATUSES.includes(caseRow.status))
        throw new AppError('CONFLICT', 'case_closed_for_assignment');
      if (current?.mentor_id === input.mentorId)
        throw new AppError('CONFLICT', 'already_assigned_to_mentor');
      if (current && input.reason === '') throw new AppError('VALIDATION', 'reassign_needs_reason');
      const mentor = await matchMentor(trx, input.mentorId);
      if (!mentor) throw new AppError('NOT_FOUND', 'mentor_not_found');
      const refusal = assignRefusal(await matchCaseOf(trx, caseRow, person), mentor, today);
      if (refusal) throw new AppError('VALIDATION', refusal);
      const overCapacity = isFull(mentor.activeMentees, mentor.capacity);
      if (overCapacity && input.overCapacityReason === '')
        throw new AppError('VALIDATION', 'over_capacity_needs_reason');
      const assignmentId = await startAssignmentIn(trx, call, {
        caseRow,
        mentorId: mentor.userId,
        previous: current,
        reason: input.reason,
        overCapacityReason: overCapacity ? input.overCapacityReason : '',
        at,
      });
      return { assignmentId, previousMentorId: current?.mentor_id ?? null, overCapacity };
    },
  );
  return caseAssignments(call.db, input.caseId);
}

/** Ends the case's assignment by hand (a reason is required by the schema). */
export async function endAssignment(
  call: SignedInCall,
  input: EndAssignment,
): Promise<CaseAssignments> {
  const at = call.clock.now().toISOString();
  await call.audited<{ mentorId: number }>(
    (done) => ({
      action: 'mentor.assignment_ended',
      outcome: 'success',
      target: { type: 'case', id: input.caseId },
      details: {
        assignmentId: input.expectedAssignmentId,
        mentorId: done.mentorId,
        endKind: 'ended',
      },
    }),
    async (trx) => {
      const { caseRow } = await requireCase(trx, input.caseId);
      const current = await openAssignmentOf(trx, caseRow.id);
      if (!current) throw new AppError('CONFLICT', 'no_current_assignment');
      if (current.id !== input.expectedAssignmentId)
        throw new AppError('CONFLICT', 'assignment_changed');
      await endAssignmentIn(trx, call, current, { kind: 'ended', reason: input.reason, at });
      return { mentorId: current.mentor_id };
    },
  );
  return caseAssignments(call.db, input.caseId);
}

/**
 * A mentor's current mentees as rows of the case list (the list's own row builder and its
 * mentor filter: the case's current mentor follows its open assignment). It lists people, so it
 * is audited as a search of the list with that filter.
 */
export async function casesOfMentor(call: SignedInCall, mentorId: number): Promise<CaseListRow[]> {
  const account = await call.db
    .selectFrom('users')
    .select('status')
    .where('id', '=', mentorId)
    .executeTakeFirst();
  if (!account || account.status === 'removed') throw new AppError('NOT_FOUND', 'mentor_not_found');
  const rows: CaseListRow[] = [];
  let total: number;
  const query = caseSearchSchema.parse({
    text: '',
    statuses: [],
    targetGroup: null,
    department: null,
    flagshipProject: null,
    provinceId: null,
    mentorId,
    intakeFrom: null,
    intakeTo: null,
    sort: 'name',
    offset: 0,
    limit: 200,
  });
  // Capacity is at most 200, but an override may go beyond: read every page.
  do {
    const page = await searchCases(
      call.db,
      { ...query, offset: rows.length },
      { byNationalId: false },
    );
    total = page.total;
    rows.push(...page.rows);
    if (page.rows.length === 0) break;
  } while (rows.length < total);
  await call.audit.record({
    action: 'case.searched',
    outcome: 'success',
    actor: call.actor,
    details: { query: '', filters: auditedFilters(query), total },
  });
  return rows;
}
