import type { Kysely, Transaction } from 'kysely';
import type { CertificateAchievement } from '../../../shared/domain/documents';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** SQL of certificates: who they are for, what they need, and the register rows they became. */

/** Keeps each `IN (…)` list well under SQLite's bound-parameter limit. */
const CHUNK = 500;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += CHUNK)
    out.push(list.slice(start, start + CHUNK));
  return out;
}

/** The holders: each case with its person's name parts, and its shop_opened / first_order dates. */
export async function certificateTargets(db: Db, caseIds: readonly number[]) {
  const rows = [];
  for (const ids of chunks(caseIds)) {
    rows.push(
      ...(await db
        .selectFrom('cases')
        .innerJoin('beneficiaries', 'beneficiaries.id', 'cases.beneficiary_id')
        .select([
          'cases.id as case_id',
          'beneficiaries.title',
          'beneficiaries.title_other',
          'beneficiaries.first_name',
          'beneficiaries.last_name',
        ])
        .where('cases.id', 'in', ids)
        .execute()),
    );
  }
  return rows;
}

export async function milestonesOf(
  db: Db,
  caseIds: readonly number[],
  kind: 'shop_opened' | 'first_order',
) {
  const rows = [];
  for (const ids of chunks(caseIds)) {
    rows.push(
      ...(await db
        .selectFrom('outcome_milestones')
        .select(['case_id', 'occurred_on', 'shop_name'])
        .where('kind', '=', kind)
        .where('case_id', 'in', ids)
        .execute()),
    );
  }
  return rows;
}

/** The newest certificate not voided for each case with this achievement (its serial). */
export async function existingSerials(
  db: Db,
  caseIds: readonly number[],
  achievement: CertificateAchievement,
): Promise<Map<number, string>> {
  const serials = new Map<number, string>();
  for (const ids of chunks(caseIds)) {
    const rows = await db
      .selectFrom('documents')
      .select(['case_id', 'number'])
      .where('kind', '=', 'certificate')
      .where('status', '=', 'issued')
      .where('achievement', '=', achievement)
      .where('case_id', 'in', ids)
      .orderBy('id')
      .execute();
    for (const row of rows) serials.set(row.case_id, row.number);
  }
  return serials;
}

export function findCertificateBySerial(db: Db, serial: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'number', 'status', 'void_reason', 'voided_at', 'snapshot', 'sha256'])
    .where('kind', '=', 'certificate')
    .where('number', '=', serial)
    .executeTakeFirst();
}

export async function insertBatch(
  trx: Transaction<DatabaseSchema>,
  batch: {
    achievement: CertificateAchievement;
    wording: string;
    issuedOn: string;
    count: number;
    at: string;
    userId: number;
  },
): Promise<number> {
  const row = await trx
    .insertInto('certificate_batches')
    .values({
      achievement: batch.achievement,
      wording: batch.wording,
      issued_on: batch.issuedOn,
      count: batch.count,
      created_at: batch.at,
      created_by: batch.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
