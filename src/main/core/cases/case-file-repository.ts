import type { Kysely, Selectable, Transaction } from 'kysely';
import type { TargetGroup } from '../../../shared/domain/cases';
import { precompileQuery } from '../db/precompiled-query';
import type { BeneficiariesTable, CasesTable, DatabaseSchema } from '../db/schema';

export type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
export type CaseRow = Selectable<CasesTable>;
export type BeneficiaryRow = Selectable<BeneficiariesTable>;

/**
 * SQL of the case page. Every query is a primary-key or indexed lookup of one case or one
 * person, so opening a case costs the same at 100 cases and at 100,000. The reads of opening a
 * case are precompiled (ADR 0012): building a Kysely query costs more than the lookup itself.
 */
const selectCase = precompileQuery((db, params: { caseId: number }) =>
  db.selectFrom('cases').selectAll().where('id', '=', params.caseId),
);
const selectBeneficiary = precompileQuery((db, params: { id: number }) =>
  db.selectFrom('beneficiaries').selectAll().where('id', '=', params.id),
);
const selectTargetGroups = precompileQuery((db, params: { caseId: number }) =>
  db.selectFrom('case_target_groups').select('target_group').where('case_id', '=', params.caseId),
);
const selectTwoUserNames = precompileQuery((db, params: { first: number; second: number | null }) =>
  db
    .selectFrom('users')
    .select(['id', 'full_name'])
    .where('id', 'in', [params.first, params.second]),
);
const selectOtherCases = precompileQuery(
  (db, params: { beneficiaryId: number; exceptCaseId: number }) =>
    db
      .selectFrom('cases')
      .select(['id', 'case_number', 'status', 'intake_date'])
      .where('beneficiary_id', '=', params.beneficiaryId)
      .where('id', '!=', params.exceptCaseId)
      .orderBy('id', 'desc'),
);

export function findCase(db: Db, caseId: number): Promise<CaseRow | undefined> {
  return selectCase.takeFirst(db, { caseId });
}

export function findBeneficiary(db: Db, id: number): Promise<BeneficiaryRow | undefined> {
  return selectBeneficiary.takeFirst(db, { id });
}

export async function targetGroupsOf(db: Db, caseId: number): Promise<TargetGroup[]> {
  const rows = await selectTargetGroups.execute(db, { caseId });
  return rows.map((row) => row.target_group);
}

export async function replaceTargetGroups(
  db: Db,
  caseId: number,
  groups: readonly TargetGroup[],
): Promise<void> {
  await db.deleteFrom('case_target_groups').where('case_id', '=', caseId).execute();
  if (groups.length === 0) return;
  await db
    .insertInto('case_target_groups')
    .values(groups.map((group) => ({ case_id: caseId, target_group: group })))
    .execute();
}

/** Full names of accounts (who recorded, edited, mentors), for ids collected from one page. */
export async function userNames(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  // The case page asks for one or two (who opened the case, its mentor): a precompiled read.
  if (unique.length <= 2) {
    const rows = await selectTwoUserNames.execute(db, {
      first: unique[0]!,
      second: unique[1] ?? null,
    });
    return new Map(rows.map((row) => [row.id, row.full_name]));
  }
  const rows = await db
    .selectFrom('users')
    .select(['id', 'full_name'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((row) => [row.id, row.full_name]));
}

/** The other cases of the same person, newest first (the person's cases are few). */
export function otherCasesOf(db: Db, beneficiaryId: number, exceptCaseId: number) {
  return selectOtherCases.execute(db, { beneficiaryId, exceptCaseId });
}

export function caseIdsOf(db: Db, beneficiaryId: number) {
  return db.selectFrom('cases').select('id').where('beneficiary_id', '=', beneficiaryId).execute();
}

export async function updateBeneficiary(
  db: Db,
  id: number,
  changes: Partial<Omit<BeneficiaryRow, 'id'>>,
): Promise<void> {
  await db.updateTable('beneficiaries').set(changes).where('id', '=', id).execute();
}

export async function updateCase(
  db: Db,
  id: number,
  changes: Partial<Omit<CaseRow, 'id'>>,
): Promise<void> {
  await db.updateTable('cases').set(changes).where('id', '=', id).execute();
}

/** The person's copies on every one of their cases (the list sorts and filters on `cases`). */
export async function updateCasesOfPerson(
  db: Db,
  beneficiaryId: number,
  changes: Pick<Partial<CaseRow>, 'sort_key' | 'province_id'>,
): Promise<void> {
  await db.updateTable('cases').set(changes).where('beneficiary_id', '=', beneficiaryId).execute();
}

/** Someone else holding this national ID (it is unique among people who have one). */
export function personWithNationalId(db: Db, nationalId: string, exceptId: number) {
  return db
    .selectFrom('beneficiaries')
    .select('id')
    .where('national_id', '=', nationalId)
    .where('id', '!=', exceptId)
    .executeTakeFirst();
}
