import type { z } from 'zod';
import {
  canMoveCase,
  FINAL_STATUSES,
  type CaseStatus,
  type statusChangeSchema,
} from '../../../shared/domain/cases';
import type { SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import { endForCaseClosed } from '../mentors/assignment-changes';
import { markRefreshDue, mentorsOfCases } from '../sync/refresh-due';
import { insertCaseEvent } from './case-file-history-repository';
import { requireChangeableCase } from './case-file-lookup';
import { updateCase } from './case-file-repository';

type StatusChange = z.output<typeof statusChangeSchema>;

/**
 * Moves a case along its lifecycle (CASE_TRANSITIONS): any other move is refused, and closing
 * needs a reason. A case that closes, graduates or is referred out loses its mentor in the same
 * transaction. The reason is on the timeline for staff; the audit event holds only the codes,
 * since a typed reason can hold personal details.
 */
export async function changeStatus(call: SignedInCall, input: StatusChange): Promise<null> {
  if (input.to === 'closed' && input.reason === '')
    throw new AppError('VALIDATION', 'status_reason_required');
  const at = call.clock.now().toISOString();
  // The status is read inside the transaction: two clicks in a row cannot both move from it.
  await call.audited<{ from: CaseStatus }>(
    ({ from }) => ({
      action: 'case.status_changed',
      outcome: 'success',
      target: { type: 'case', id: input.caseId },
      details: { from, to: input.to },
    }),
    async (trx) => {
      const { caseRow } = await requireChangeableCase(trx, input.caseId);
      const from = caseRow.status;
      if (!canMoveCase(from, input.to)) throw new AppError('CONFLICT', 'illegal_transition');
      await updateCase(trx, caseRow.id, {
        status: input.to,
        status_reason: input.reason,
        status_changed_at: at,
        updated_at: at,
      });
      await insertCaseEvent(trx, {
        caseId: caseRow.id,
        kind: 'status_changed',
        at,
        userId: call.user.id,
        detail: { from, to: input.to, reason: input.reason },
      });
      // The mentor's compartment shows the status; a final one ends the assignment as well.
      await markRefreshDue(trx, await mentorsOfCases(trx, [caseRow.id]));
      if (FINAL_STATUSES.includes(input.to)) await endForCaseClosed(trx, call, caseRow.id, at);
      return { from };
    },
  );
  return null;
}
