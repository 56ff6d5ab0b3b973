import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../cases/case-file-repository';
import type { AgenciesTable } from '../db/documents-schema';

export type AgencyRow = Selectable<AgenciesTable>;

/** The directory with how many referrals went to each (a few hundred agencies at most). */
export function agencyRowsWithUse(db: Db, includeInactive: boolean) {
  let query = db
    .selectFrom('agencies')
    .selectAll('agencies')
    .select((eb) =>
      eb
        .selectFrom('referrals')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('referrals.agency_id', '=', 'agencies.id')
        .as('referral_count'),
    );
  if (!includeInactive) query = query.where('active', '=', 1);
  return query.execute();
}

export function findAgency(db: Db, agencyId: number): Promise<AgencyRow | undefined> {
  return db.selectFrom('agencies').selectAll().where('id', '=', agencyId).executeTakeFirst();
}

/** Another agency already holding the name (names are unique: the directory is picked from). */
export function agencyNamed(db: Db, name: string, exceptId: number | null) {
  let query = db.selectFrom('agencies').select('id').where('name', '=', name);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

export async function insertAgency(db: Db, row: Insertable<AgenciesTable>): Promise<number> {
  const { id } = await db
    .insertInto('agencies')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Writes only if the row is still at `version`; false when someone saved in between. */
export async function updateAgencyAt(
  db: Db,
  agencyId: number,
  version: number,
  values: Updateable<AgenciesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('agencies')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', agencyId)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
