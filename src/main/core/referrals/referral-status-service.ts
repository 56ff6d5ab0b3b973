import type { z } from 'zod';
import {
  REFERRAL_TRANSITIONS,
  type Referral,
  type ReferralStatus,
  type referralStatusSchema,
} from '../../../shared/domain/documents';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import type { SignedInCall } from '../call/call-context';
import { insertCaseEvent } from '../cases/case-file-history-repository';
import { AppError } from '../errors';
import { findReferral, insertStatusHistory, updateReferralAt } from './referrals-repository';
import { readReferral } from './referrals-service';

type StatusChange = z.output<typeof referralStatusSchema>;

/**
 * Records the agency's reply or the outcome: accepted, declined, completed, or cancelled. Only
 * the moves in REFERRAL_TRANSITIONS; the date is a day that has happened (Bangkok) and not before
 * the letter went out. Sending itself is issuing the letter (`mark-sent.ts`), never this method.
 * The note goes to the history for staff; the timeline and the audit event hold codes only.
 */
export async function setReferralStatus(
  call: SignedInCall,
  input: StatusChange,
): Promise<Referral> {
  const at = call.clock.now().toISOString();
  const today = bangkokToday(call.clock.now());
  await call.audited<{ caseId: number; from: ReferralStatus }>(
    ({ caseId, from }) => ({
      action: 'referral.status_changed',
      outcome: 'success',
      target: { type: 'case', id: caseId },
      details: { referralId: input.referralId, from, to: input.status, on: input.on },
    }),
    async (trx) => {
      const row = await findReferral(trx, input.referralId);
      if (!row) throw new AppError('NOT_FOUND', 'referral_not_found');
      if (row.version !== input.version) throw new AppError('CONFLICT', 'stale_version');
      if (!REFERRAL_TRANSITIONS[row.status].includes(input.status))
        throw new AppError('CONFLICT', 'referral_transition_refused');
      if (input.on > today) throw new AppError('VALIDATION', 'referral_date_future');
      if (row.sent_on !== null && input.on < row.sent_on)
        throw new AppError('VALIDATION', 'referral_date_before_sent');
      if (
        !(await updateReferralAt(trx, row.id, input.version, {
          status: input.status,
          status_on: input.on,
          updated_at: at,
        }))
      )
        throw new AppError('CONFLICT', 'stale_version');
      await insertStatusHistory(trx, {
        referral_id: row.id,
        status: input.status,
        on_date: input.on,
        note: input.note,
        by_user_id: call.user.id,
        at,
      });
      await insertCaseEvent(trx, {
        caseId: row.case_id,
        kind: 'referral_status_changed',
        at,
        userId: call.user.id,
        detail: { referralId: String(row.id), status: input.status },
      });
      return { caseId: row.case_id, from: row.status };
    },
  );
  return readReferral(call.db, call, input.referralId);
}
