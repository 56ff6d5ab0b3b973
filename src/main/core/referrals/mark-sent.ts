import type { Transaction } from 'kysely';
import { insertCaseEvent } from '../cases/case-file-history-repository';
import type { DatabaseSchema } from '../db/schema';

/**
 * A draft referral becomes `sent` when its letter is issued: in the issue's own transaction, so a
 * referral is never sent without its numbered letter nor a letter issued for a draft. A sent
 * referral whose letter was voided before any reply is sent again with its replacement letter.
 * The caller has checked which of the two it is.
 */
export async function markReferralSent(
  trx: Transaction<DatabaseSchema>,
  change: { referralId: number; on: string; documentId: number; by: number; at: string },
): Promise<void> {
  const before = await trx
    .selectFrom('referrals')
    .select('status')
    .where('id', '=', change.referralId)
    .executeTakeFirstOrThrow();
  const referral = await trx
    .updateTable('referrals')
    .set((eb) => ({
      status: 'sent',
      sent_on: change.on,
      status_on: change.on,
      letter_document_id: change.documentId,
      updated_at: change.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', change.referralId)
    .where('status', 'in', ['draft', 'sent'])
    .returning(['case_id'])
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('referral_status_history')
    .values({
      referral_id: change.referralId,
      status: 'sent',
      on_date: change.on,
      note: '',
      by_user_id: change.by,
      at: change.at,
    })
    .execute();
  await insertCaseEvent(trx, {
    caseId: referral.case_id,
    kind: 'referral_status_changed',
    at: change.at,
    userId: change.by,
    detail: {
      referralId: String(change.referralId),
      from: before.status,
      to: 'sent',
      documentId: String(change.documentId),
    },
  });
}
