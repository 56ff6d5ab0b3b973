import type { ReferralSummary } from '../../../shared/domain/documents';
import { parseIsoDate, utcMidnightMs } from '../../../shared/thai/iso-date';
import { displayName } from '../cases/person-names';
import type { ReferralListRow } from './referrals-repository';

const MS_PER_DAY = 86_400_000;

/** Whole days from one calendar date to another (dates, so no time zone enters). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (utcMidnightMs(parseIsoDate(to)) - utcMidnightMs(parseIsoDate(from))) / MS_PER_DAY,
  );
}

/**
 * A list row. Only a sent referral waits for a reply: it counts the days since sending, and is
 * overdue once they pass the office's reply days (`referralReplyDays`).
 */
export function toSummary(row: ReferralListRow, today: string, replyDays: number): ReferralSummary {
  const daysWaiting =
    row.status === 'sent' && row.sent_on !== null ? daysBetween(row.sent_on, today) : null;
  return {
    referralId: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    personName: displayName(row),
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    status: row.status,
    createdAt: row.created_at,
    sentOn: row.sent_on,
    statusOn: row.status_on,
    overdue: daysWaiting !== null && daysWaiting > replyDays,
    daysWaiting,
    letterDocumentId: row.letter_document_id,
    letterNumber: row.letter_number,
    version: row.version,
  };
}
