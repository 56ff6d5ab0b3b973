import type { Insertable } from 'kysely';
import type { ConsentPurpose } from '../../../shared/domain/cases';
import type { ConsentsTable } from '../db/schema';
import { precompileQuery } from '../db/precompiled-query';
import type { Db } from './case-file-repository';

/** Every consent row of one person with who recorded it, newest first (they are few). */
export function consentRowsOf(db: Db, beneficiaryId: number) {
  return selectConsentRows.execute(db, { beneficiaryId });
}

const selectConsentRows = precompileQuery((db, params: { beneficiaryId: number }) =>
  db
    .selectFrom('consents')
    .innerJoin('users', 'users.id', 'consents.recorded_by')
    .selectAll('consents')
    .select('users.full_name as recorded_by_name')
    .where('consents.beneficiary_id', '=', params.beneficiaryId)
    .orderBy('consents.id', 'desc'),
);

/** The newest row of one purpose: the consent's state (index consents_by_person). */
export function newestConsent(db: Db, beneficiaryId: number, purpose: ConsentPurpose) {
  return db
    .selectFrom('consents')
    .select(['id', 'granted'])
    .where('beneficiary_id', '=', beneficiaryId)
    .where('purpose', '=', purpose)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Consents are append-only (a trigger refuses updates): a change is a new row. */
export async function appendConsent(db: Db, row: Insertable<ConsentsTable>): Promise<void> {
  await db.insertInto('consents').values(row).execute();
}
