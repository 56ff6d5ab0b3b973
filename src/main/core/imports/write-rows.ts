import type { Kysely } from 'kysely';
import { IMPORT_NOTICE_VERSION } from '../../../shared/domain/imports';
import {
  nextCaseNumber,
  insertBeneficiary,
  insertCase,
  insertCaseEvent,
  insertConsents,
  insertTargetGroups,
} from '../cases/case-intake-repository';
import { newBeneficiaryRow } from '../cases/beneficiary-row';
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
  const beneficiaryId = await insertBeneficiary(
    trx,
    newBeneficiaryRow({
      identity,
      contact,
      provinceId: record.provinceId,
      nameKey: record.nameKey,
      at,
      userId,
    }),
  );
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
  const caseNumber = await nextCaseNumber(trx, record.intakeDate);
  const caseId = await insertCase(trx, {
    ...caseRow(record),
    case_number: caseNumber,
    beneficiary_id: beneficiaryId,
    status: 'intake',
    status_reason: '',
    status_changed_at: at,
    intake_date: record.intakeDate,
    mentor_id: null,
    sort_key: nameSortKey(identity.firstName, identity.lastName),
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
