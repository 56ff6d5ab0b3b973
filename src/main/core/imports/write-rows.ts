import type { Kysely } from 'kysely';
import { IMPORT_NOTICE_VERSION } from '../../../shared/domain/imports';
import { toBuddhistYear } from '../../../shared/thai/buddhist-era';
import { parseIsoDate } from '../../../shared/thai/iso-date';
import {
  allocateCaseNumber,
  insertBeneficiary,
  insertCase,
  insertCaseEvent,
  insertConsents,
  insertTargetGroups,
} from '../cases/case-intake-repository';
import { caseRow } from '../cases/case-row';
import { nameSortKey } from '../cases/person-names';
import type { DatabaseSchema } from '../db/schema';
import type { ImportRecord } from './check-rows';

export interface WriteContext {
  userId: number;
  /** The instant of the import (ISO), the same for every row of the batch. */
  at: string;
  batchId: number;
}

/**
 * Writes one checked row as the intake would (`cases/case-intake-service.ts`): the person, their
 * programme consent, the case with its number, target groups and the timeline's intake line —
 * with the intake's own repository functions, inside the caller's transaction. The case number's
 * year is the พ.ศ. year of the row's intake date, as the wizard's is of the day it is saved.
 *
 * Only the programme consent is recorded (notice version `import`, see ADR 0031): the other
 * purposes (sharing with Lazada, volunteers, photos, referral) have no row, so they stand as not
 * given until staff ask the person, as after a withdrawal.
 */
export async function writeRecord(
  trx: Kysely<DatabaseSchema>,
  record: ImportRecord,
  context: WriteContext,
): Promise<number> {
  const { identity, contact } = record;
  const { at, userId } = context;
  const sortKey = nameSortKey(identity.firstName, identity.lastName);
  const address = contact.registeredAddress;
  const beneficiaryId = await insertBeneficiary(trx, {
    title: identity.title,
    title_other: identity.title === 'other' ? identity.titleOther : '',
    first_name: identity.firstName,
    last_name: identity.lastName,
    nickname: identity.nickname,
    latin_name: identity.latinName,
    birth_date: identity.birthDate,
    sex: identity.sex,
    has_thai_id: identity.hasThaiId ? 1 : 0,
    national_id: identity.hasThaiId ? identity.nationalId : null,
    other_id_document: identity.hasThaiId ? null : identity.otherIdDocument,
    other_id_number: identity.hasThaiId ? '' : identity.otherIdNumber,
    phone: contact.phone,
    line_id: contact.lineId,
    registered_line: address.line,
    registered_subdistrict_id: address.subdistrictId,
    registered_postcode: address.postcode,
    current_same_as_registered: 1,
    current_line: address.line,
    current_subdistrict_id: address.subdistrictId,
    current_postcode: address.postcode,
    province_id: record.provinceId,
    name_key: record.nameKey,
    sort_key: sortKey,
    created_at: at,
    created_by: userId,
    updated_at: at,
  });
  await insertConsents(trx, [
    {
      beneficiary_id: beneficiaryId,
      purpose: 'programme',
      granted: 1,
      notice_version: IMPORT_NOTICE_VERSION,
      given_by: 'self',
      guardian_name: '',
      note: '',
      recorded_at: at,
      recorded_by: userId,
    },
  ]);
  const buddhistYear = toBuddhistYear(parseIsoDate(record.intakeDate).year);
  const number = await allocateCaseNumber(trx, buddhistYear);
  const caseNumber = `${buddhistYear}-${String(number).padStart(6, '0')}`;
  const caseId = await insertCase(trx, {
    ...caseRow(record),
    case_number: caseNumber,
    beneficiary_id: beneficiaryId,
    status: 'intake',
    status_reason: '',
    status_changed_at: at,
    intake_date: record.intakeDate,
    mentor_id: null,
    sort_key: sortKey,
    province_id: record.provinceId,
    created_at: at,
    created_by: userId,
    updated_at: at,
  });
  await insertTargetGroups(trx, caseId, record.programme.targetGroups);
  await insertCaseEvent(trx, {
    case_id: caseId,
    kind: 'intake',
    at,
    by_user_id: userId,
    detail: JSON.stringify({ caseNumber, importBatchId: String(context.batchId) }),
  });
  return caseId;
}
