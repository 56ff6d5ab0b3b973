import type { ReferralDetail } from '../../../shared/domain/documents';
import { FINAL_STATUSES } from '../../../shared/domain/cases';
import { roleHasPermission } from '../../../shared/permissions';
import type { SignedInCall } from '../call/call-context';
import { requireCase } from '../cases/case-file-lookup';
import type { Db } from '../cases/case-file-repository';
import { hasConsent } from '../cases/consents-service';
import { AppError } from '../errors';

/** What the letter may say that only a role allowed to see it may send (PDPA s.26). */
const REVEAL_ONLY: readonly ReferralDetail[] = ['national_id', 'disability'];

/**
 * The case a referral belongs to, checked for what a referral needs: still open (a graduated,
 * referred-out or closed case is not referred again: open a new case first), and the person's
 * consent to be referred as it stands now — the newest consent row decides, so a withdrawal
 * stops a draft from being changed or sent.
 */
export async function requireReferableCase(db: Db, caseId: number) {
  const { caseRow, person } = await requireCase(db, caseId);
  if (FINAL_STATUSES.includes(caseRow.status))
    throw new AppError('CONFLICT', 'referral_case_closed');
  if (!(await hasConsent(db, person.id, 'referral')))
    throw new AppError('FORBIDDEN', 'referral_no_consent');
  return { caseRow, person };
}

/**
 * The national ID and the disability go into a letter only when ticked by someone who may see
 * them. A detail already on the draft stays (a colleague ticked it), only new ticks are checked.
 */
export function checkDetails(
  call: SignedInCall,
  details: readonly ReferralDetail[],
  alreadyTicked: readonly ReferralDetail[] = [],
): void {
  if (roleHasPermission(call.user.role, 'cases.reveal')) return;
  if (details.some((detail) => REVEAL_ONLY.includes(detail) && !alreadyTicked.includes(detail)))
    throw new AppError('FORBIDDEN');
}

/**
 * Runs a change that may be refused for the person's sake (no consent, a closed case, details
 * the caller may not send). The refusal rolls the change back, so it is recorded on its own:
 * the audit log must show attempts to pass a person's data on without their consent.
 */
export async function auditingRefusal<T>(
  call: SignedInCall,
  where: { caseId: number; referralId?: number },
  change: () => Promise<T>,
): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof AppError && isRefusal(error)) {
      await call.audit.record({
        action: 'referral.refused',
        outcome: 'denied',
        actor: call.actor,
        target: { type: 'case', id: where.caseId },
        details: {
          caseId: where.caseId,
          ...(where.referralId === undefined ? {} : { referralId: where.referralId }),
          reason: error.reason ?? 'details_need_reveal',
        },
      });
    }
    throw error;
  }
}

function isRefusal(error: AppError): boolean {
  return (
    error.reason === 'referral_no_consent' ||
    error.reason === 'referral_case_closed' ||
    (error.code === 'FORBIDDEN' && error.reason === undefined)
  );
}
