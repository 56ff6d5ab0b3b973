import type { z } from 'zod';
import type { ReferralSummary, referralListSchema } from '../../../shared/domain/documents';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import { addDays } from '../../../shared/thai/iso-date';
import type { SignedInCall } from '../call/call-context';
import { readOfficeSettings } from '../settings/office-settings';
import { referralRows } from './referrals-repository';
import { toSummary } from './referral-summary';

type ReferralList = z.output<typeof referralListSchema>;

/**
 * One case's referrals (the case page's tab) or the office's (the referrals page), newest first.
 * "Overdue" is worked out against today in Bangkok by the call's clock, so every PC agrees.
 */
export async function listReferrals(
  call: SignedInCall,
  query: ReferralList,
): Promise<ReferralSummary[]> {
  const today = bangkokToday(call.clock.now());
  const { referralReplyDays } = await readOfficeSettings(call.db);
  const rows = await referralRows(call.db, {
    caseId: query.caseId,
    referralId: null,
    status: query.status,
    // Overdue: more than the reply days since sending, i.e. sent before today minus them.
    sentBefore: query.overdueOnly ? addDays(today, -referralReplyDays) : null,
  });
  const summaries = rows.map((row) => toSummary(row, today, referralReplyDays));
  // The office-wide list shows people's names like the case search, so it is audited like it;
  // one case's list is part of that case's page, whose opening is audited already.
  if (query.caseId === null)
    await call.audit.record({
      action: 'referral.listed',
      outcome: 'success',
      actor: call.actor,
      details: { status: query.status, overdueOnly: query.overdueOnly, total: summaries.length },
    });
  return summaries;
}
