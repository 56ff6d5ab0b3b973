import type { Transaction } from 'kysely';
import { canMoveCase, type ConsentPurpose } from '../../../shared/domain/cases';
import type { AssignmentEndKind } from '../../../shared/domain/mentoring';
import type { SignedInCall } from '../call/call-context';
import { insertCaseEvent } from '../cases/case-file-history-repository';
import { caseIdsOf, updateCase, userNames, type CaseRow } from '../cases/case-file-repository';
import type { DatabaseSchema } from '../db/schema';
import { markRefreshDue } from '../sync/refresh-due';
import {
  closeAssignment,
  insertAssignment,
  openAssignmentsOfCases,
  openAssignmentsOfMentor,
  setCaseMentor,
} from './assignments-repository';
import { requiredConsents } from './matching';

/**
 * The writes every assignment change shares, always inside the caller's transaction: the
 * assignment rows, the case's current mentor and version, the timeline, the compartments to
 * refresh and (for ends nobody asked for) their audit events. Assigning, reassigning and ending by
 * hand, and the automatic ends (a consent withdrawn, a case closed, a mentor removed) all go
 * through here, so the history reads the same whatever caused it.
 */
type Trx = Transaction<DatabaseSchema>;
type Actor = Pick<SignedInCall, 'user' | 'actor' | 'audit'>;

export interface OpenAssignment {
  id: number;
  mentor_id: number;
  case_id: number;
}

async function nameOf(trx: Trx, userId: number): Promise<string> {
  return (await userNames(trx, [userId])).get(userId) ?? '';
}

/** Ends one open assignment; the case is left without a mentor unless `replacedBy` is given. */
export async function endAssignmentIn(
  trx: Trx,
  call: Actor,
  open: OpenAssignment,
  end: { kind: AssignmentEndKind; reason: string; at: string; replacedBy?: number },
): Promise<void> {
  await closeAssignment(trx, open.id, {
    at: end.at,
    by: call.user.id,
    kind: end.kind,
    reason: end.reason,
  });
  if (end.replacedBy === undefined) await setCaseMentor(trx, open.case_id, null, end.at);
  await insertCaseEvent(trx, {
    caseId: open.case_id,
    kind: 'mentor_unassigned',
    at: end.at,
    userId: call.user.id,
    detail: {
      mentorId: String(open.mentor_id),
      mentorName: await nameOf(trx, open.mentor_id),
      endKind: end.kind,
    },
  });
  await markRefreshDue(trx, [open.mentor_id]);
}

/**
 * Starts an assignment (ending `previous` as reassigned). A case still `active` moves on to
 * `mentoring` in the same transaction, with its own timeline line and audit event, because a
 * case with a mentor is being mentored whatever the clerk remembers to click.
 */
export async function startAssignmentIn(
  trx: Trx,
  call: Actor,
  start: {
    caseRow: Pick<CaseRow, 'id' | 'status'>;
    mentorId: number;
    previous: OpenAssignment | undefined;
    reason: string;
    overCapacityReason: string;
    at: string;
  },
): Promise<number> {
  const { caseRow, at } = start;
  if (start.previous)
    await endAssignmentIn(trx, call, start.previous, {
      kind: 'reassigned',
      reason: start.reason,
      at,
      replacedBy: start.mentorId,
    });
  const id = await insertAssignment(trx, {
    caseId: caseRow.id,
    mentorId: start.mentorId,
    at,
    by: call.user.id,
    reason: start.reason,
    overCapacityReason: start.overCapacityReason,
  });
  await setCaseMentor(trx, caseRow.id, start.mentorId, at);
  await insertCaseEvent(trx, {
    caseId: caseRow.id,
    kind: 'mentor_assigned',
    at,
    userId: call.user.id,
    detail: { mentorId: String(start.mentorId), mentorName: await nameOf(trx, start.mentorId) },
  });
  if (canMoveCase(caseRow.status, 'mentoring')) {
    await updateCase(trx, caseRow.id, {
      status: 'mentoring',
      status_reason: '',
      status_changed_at: at,
      updated_at: at,
    });
    await insertCaseEvent(trx, {
      caseId: caseRow.id,
      kind: 'status_changed',
      at,
      userId: call.user.id,
      detail: { from: caseRow.status, to: 'mentoring', reason: '' },
    });
    await call.audit.recordIn(trx, {
      action: 'case.status_changed',
      outcome: 'success',
      actor: call.actor,
      target: { type: 'case', id: caseRow.id },
      details: { from: caseRow.status, to: 'mentoring' },
    });
  }
  await markRefreshDue(trx, [start.mentorId]);
  return id;
}

/** Ends that follow from another change: each is audited on its own, naming the case. */
async function endAutomatically(
  trx: Trx,
  call: Actor,
  opens: readonly OpenAssignment[],
  kind: Exclude<AssignmentEndKind, 'reassigned' | 'ended'>,
  at: string,
): Promise<number> {
  for (const open of opens) {
    await endAssignmentIn(trx, call, open, { kind, reason: '', at });
    await call.audit.recordIn(trx, {
      action: 'mentor.assignment_ended',
      outcome: 'success',
      actor: call.actor,
      target: { type: 'case', id: open.case_id },
      details: { assignmentId: open.id, mentorId: open.mentor_id, endKind: kind },
    });
  }
  return opens.length;
}

/** A case that closes, graduates or is referred out keeps no mentor. */
export async function endForCaseClosed(
  trx: Trx,
  call: Actor,
  caseId: number,
  at: string,
): Promise<number> {
  const opens = await openAssignmentsOfCases(trx, [caseId]);
  return endAutomatically(trx, call, opens, 'case_closed', at);
}

/**
 * The person withdrew a consent: every assignment of theirs whose mentor needed it ends (an
 * outside mentor and the sharing purpose of their organisation, or anyone and the programme).
 */
export async function endForConsentWithdrawn(
  trx: Trx,
  call: Actor,
  beneficiaryId: number,
  purpose: ConsentPurpose,
  at: string,
): Promise<number> {
  const caseIds = (await caseIdsOf(trx, beneficiaryId)).map((row) => row.id);
  const opens = await openAssignmentsOfCases(trx, caseIds);
  if (opens.length === 0) return 0;
  const profiles = await trx
    .selectFrom('mentor_profiles')
    .select(['user_id', 'organisation_kind', 'is_external'])
    .where('user_id', 'in', [...new Set(opens.map((open) => open.mentor_id))])
    .execute();
  const needs = new Map(
    profiles.map((p) => [
      p.user_id,
      requiredConsents({ organisationKind: p.organisation_kind, isExternal: p.is_external === 1 }),
    ]),
  );
  // A mentor without a profile is treated as outside the ministry: the stricter reading.
  const affected = opens.filter((open) =>
    (needs.get(open.mentor_id) ?? ['programme', 'share_lazada', 'share_volunteers']).includes(
      purpose,
    ),
  );
  return endAutomatically(trx, call, affected, 'consent_withdrawn', at);
}

/** A mentor who can no longer take cases (account disabled or removed, profile set inactive). */
export async function endForMentorRemoved(
  trx: Trx,
  call: Actor,
  mentorId: number,
  at: string,
): Promise<number> {
  const opens = await openAssignmentsOfMentor(trx, mentorId);
  return endAutomatically(trx, call, opens, 'mentor_removed', at);
}
