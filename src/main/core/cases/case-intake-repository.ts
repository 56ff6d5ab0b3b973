import type { Insertable, Kysely, Transaction } from 'kysely';
import type { CaseStatus } from '../../../shared/domain/cases';
import type {
  BeneficiariesTable,
  CaseEventsTable,
  CasesTable,
  ConsentsTable,
  DatabaseSchema,
  DuplicateReviewsTable,
} from '../db/schema';
import type { TargetGroup } from '../../../shared/domain/cases';
import { toBuddhistYear } from '../../../shared/thai/buddhist-era';
import { parseIsoDate } from '../../../shared/thai/iso-date';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * The next case number of a Buddhist-era year, counted in the caller's transaction: a save that
 * rolls back gives its number back, so numbers have no gaps from failed saves.
 */
export async function allocateCaseNumber(trx: Db, buddhistYear: number): Promise<number> {
  const row = await trx
    .insertInto('case_number_counters')
    .values({ buddhist_year: buddhistYear, last_number: 1 })
    .onConflict((conflict) =>
      conflict
        .column('buddhist_year')
        .doUpdateSet((eb) => ({ last_number: eb('case_number_counters.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

/**
 * The next case number (`2569-000123`) of the Buddhist-era year of `isoDay`, from the caller's
 * transaction (the intake form uses today, an import the row's intake date).
 */
export async function nextCaseNumber(trx: Db, isoDay: string): Promise<string> {
  const buddhistYear = toBuddhistYear(parseIsoDate(isoDay).year);
  const number = await allocateCaseNumber(trx, buddhistYear);
  return `${buddhistYear}-${String(number).padStart(6, '0')}`;
}

export async function insertBeneficiary(
  trx: Db,
  row: Insertable<BeneficiariesTable>,
): Promise<number> {
  const inserted = await trx
    .insertInto('beneficiaries')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertCase(trx: Db, row: Insertable<CasesTable>): Promise<number> {
  const inserted = await trx
    .insertInto('cases')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertTargetGroups(
  trx: Db,
  caseId: number,
  groups: readonly TargetGroup[],
): Promise<void> {
  const unique = [...new Set(groups)];
  if (unique.length === 0) return;
  await trx
    .insertInto('case_target_groups')
    .values(unique.map((group) => ({ case_id: caseId, target_group: group })))
    .execute();
}

export async function insertConsents(
  trx: Db,
  rows: readonly Insertable<ConsentsTable>[],
): Promise<void> {
  if (rows.length > 0)
    await trx
      .insertInto('consents')
      .values([...rows])
      .execute();
}

export async function insertCaseEvent(trx: Db, row: Insertable<CaseEventsTable>): Promise<void> {
  await trx.insertInto('case_events').values(row).execute();
}

export async function insertDuplicateReview(
  trx: Db,
  row: Insertable<DuplicateReviewsTable>,
): Promise<void> {
  await trx.insertInto('duplicate_reviews').values(row).execute();
}

export async function beneficiaryIdByNationalId(
  db: Db,
  nationalId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('beneficiaries')
    .select('id')
    .where('national_id', '=', nationalId)
    .executeTakeFirst();
  return row?.id;
}

/** What a new case copies from its person. */
export function findBeneficiaryForCase(
  db: Db,
  beneficiaryId: number,
): Promise<
  { id: number; sort_key: string; province_id: number | null; erased_at: string | null } | undefined
> {
  return db
    .selectFrom('beneficiaries')
    .select(['id', 'sort_key', 'province_id', 'erased_at'])
    .where('id', '=', beneficiaryId)
    .executeTakeFirst();
}

export function casesOfBeneficiary(
  db: Db,
  beneficiaryId: number,
): Promise<{ id: number; status: CaseStatus }[]> {
  return db
    .selectFrom('cases')
    .select(['id', 'status'])
    .where('beneficiary_id', '=', beneficiaryId)
    .execute();
}
