import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ReferralStatus } from '../../../shared/domain/documents';
import type { Db } from '../cases/case-file-repository';
import type { ReferralStatusHistoryTable, ReferralsTable } from '../db/documents-schema';

export type ReferralRow = Selectable<ReferralsTable>;

export function findReferral(db: Db, referralId: number): Promise<ReferralRow | undefined> {
  return db.selectFrom('referrals').selectAll().where('id', '=', referralId).executeTakeFirst();
}

export async function insertReferral(db: Db, row: Insertable<ReferralsTable>): Promise<number> {
  const { id } = await db
    .insertInto('referrals')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Writes only if the row is still at `version` (and bumps it); false when it moved on. */
export async function updateReferralAt(
  db: Db,
  referralId: number,
  version: number,
  values: Updateable<ReferralsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('referrals')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', referralId)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function insertStatusHistory(
  db: Db,
  row: Insertable<ReferralStatusHistoryTable>,
): Promise<void> {
  await db.insertInto('referral_status_history').values(row).execute();
}

/** One referral's history, oldest first, with who recorded each step. */
export function statusHistoryOf(db: Db, referralId: number) {
  return db
    .selectFrom('referral_status_history as h')
    .innerJoin('users as u', 'u.id', 'h.by_user_id')
    .select(['h.status', 'h.on_date', 'h.note', 'h.at', 'u.full_name as by_name'])
    .where('h.referral_id', '=', referralId)
    .orderBy('h.id')
    .execute();
}

export interface ReferralListFilter {
  caseId: number | null;
  referralId: number | null;
  status: ReferralStatus | null;
  /** Only referrals sent before this date and still waiting (the overdue ones). */
  sentBefore: string | null;
}

/**
 * Referrals with what a list row shows: the case number, the person's name parts, the agency
 * and the letter's number. Newest first; an office has hundreds, not hundreds of thousands.
 */
export function referralRows(db: Db, filter: ReferralListFilter) {
  let query = db
    .selectFrom('referrals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('beneficiaries as b', 'b.id', 'c.beneficiary_id')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .leftJoin('documents as d', 'd.id', 'r.letter_document_id')
    .selectAll('r')
    .select([
      'c.case_number',
      'c.beneficiary_id',
      'b.title',
      'b.title_other',
      'b.first_name',
      'b.last_name',
      'a.name as agency_name',
      'd.number as letter_number',
    ]);
  if (filter.caseId !== null) query = query.where('r.case_id', '=', filter.caseId);
  if (filter.referralId !== null) query = query.where('r.id', '=', filter.referralId);
  if (filter.status !== null) query = query.where('r.status', '=', filter.status);
  if (filter.sentBefore !== null)
    query = query.where('r.status', '=', 'sent').where('r.sent_on', '<', filter.sentBefore);
  return query.orderBy('r.id', 'desc').execute();
}

export type ReferralListRow = Awaited<ReturnType<typeof referralRows>>[number];
