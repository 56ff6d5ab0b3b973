import { sql, type RawBuilder } from 'kysely';

/**
 * True when the person's newest `programme` consent row grants it. Consent rows are appended,
 * never edited, so the newest row per purpose is the state (a withdrawal is a newer row with
 * granted = 0); the highest id is the newest, which index consents_by_person answers directly.
 * A person with no row at all has not consented.
 */
export function programmeConsentInForce(beneficiaryIdColumn: string): RawBuilder<number> {
  return sql<number>`coalesce((
    select c.granted from consents c
    where c.beneficiary_id = ${sql.ref(beneficiaryIdColumn)} and c.purpose = 'programme'
    order by c.id desc limit 1
  ), 0) = 1`;
}
