import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../src/main/core/db/schema';
import type { ReferralDetail } from '../../src/shared/domain/documents';
import { insertTestCase, type TestCase, type TestCaseOptions } from './cases';

/**
 * FIXTURE: what issuing a document needs, written straight into the database (the letterhead
 * and referral services are written on other branches): a saved letterhead with a default letter
 * signer, an agency, and a case with the referral consent and a draft referral. Nothing is
 * checked here; the services' own tests go through the services. Reusable by e2e seed helpers.
 */
type Db = Kysely<DatabaseSchema>;
const AT = '2026-11-26T03:00:00.000Z';

export const TEST_LETTERHEAD = {
  agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
  addressLines: ['ศาลากลางจังหวัดขอนแก่น ถนนหน้าเมือง', 'อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000'],
  phone: '0 4323 6012',
  fax: '0 4323 6013',
  email: 'khonkaen@m-society.go.th',
  owningDivision: 'กลุ่มการพัฒนาสังคม',
  numberPrefix: 'พม 0033/',
};

export const TEST_SIGNER = {
  fullName: 'นายสมชาย ผู้ว่า',
  positionLines: ['พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น'],
};

async function firstUserId(db: Db): Promise<number> {
  return (await db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
}

/** The letterhead (id 1) and its default letter signer; returns the signer's id. */
export async function ensureLetterhead(
  db: Db,
  options: { numberPrefix?: string; withDefaultSigner?: boolean } = {},
): Promise<{ signerId: number }> {
  const existing = await db
    .selectFrom('letterhead')
    .select('default_letter_signer_id')
    .executeTakeFirst();
  if (existing?.default_letter_signer_id) return { signerId: existing.default_letter_signer_id };
  const userId = await firstUserId(db);
  const { id: signerId } = await db
    .insertInto('signers')
    .values({
      full_name: TEST_SIGNER.fullName,
      position_lines: JSON.stringify(TEST_SIGNER.positionLines),
      signature_image_id: null,
      active: 1,
      created_at: AT,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (existing) return { signerId };
  await db
    .insertInto('letterhead')
    .values({
      id: 1,
      agency_name: TEST_LETTERHEAD.agencyName,
      address_lines: JSON.stringify(TEST_LETTERHEAD.addressLines),
      phone: TEST_LETTERHEAD.phone,
      fax: TEST_LETTERHEAD.fax,
      email: TEST_LETTERHEAD.email,
      owning_division: TEST_LETTERHEAD.owningDivision,
      number_prefix: options.numberPrefix ?? TEST_LETTERHEAD.numberPrefix,
      thai_digits: 1,
      emblem_image_id: null,
      default_letter_signer_id: options.withDefaultSigner === false ? null : signerId,
      default_certificate_signer_ids: JSON.stringify([signerId]),
      version: 1,
      updated_at: AT,
      updated_by: userId,
    })
    .execute();
  return { signerId };
}

let agencies = 0;

export async function insertAgency(db: Db, name?: string): Promise<number> {
  agencies++;
  const { id } = await db
    .insertInto('agencies')
    .values({
      name: name ?? `ศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น ${agencies}`,
      addressee: 'ผู้อำนวยการศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น',
      address_lines: JSON.stringify(['ถนนมิตรภาพ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000']),
      phone: '043-123-456',
      email: '',
      contact_person: '',
      active: 1,
      created_at: AT,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface DraftReferralOptions {
  details?: ReferralDetail[];
  agencyId?: number;
  reason?: string;
  requestedService?: string;
  references?: string[];
  enclosures?: string[];
  contactPerson?: string;
}

/** A draft referral for an existing case. */
export async function insertDraftReferral(
  db: Db,
  caseId: number,
  options: DraftReferralOptions = {},
): Promise<number> {
  const userId = await firstUserId(db);
  const agencyId = options.agencyId ?? (await insertAgency(db));
  const { id } = await db
    .insertInto('referrals')
    .values({
      case_id: caseId,
      agency_id: agencyId,
      addressee: 'ผู้อำนวยการศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น',
      reason: options.reason ?? 'ผู้รับบริการประสงค์จะพัฒนาทักษะการถ่ายภาพสินค้าเพื่อขายออนไลน์',
      requested_service: options.requestedService ?? 'เข้ารับการฝึกอบรมหลักสูตรการถ่ายภาพสินค้า',
      enclosures: JSON.stringify(options.enclosures ?? ['สำเนาบัตรประจำตัวประชาชน จำนวน 1 ฉบับ']),
      reference_list: JSON.stringify(options.references ?? []),
      contact_person: options.contactPerson ?? 'นางสาวอรทัย ประสานงาน โทร. 08 1234 5678',
      details: JSON.stringify(options.details ?? []),
      created_at: AT,
      created_by: userId,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('referral_status_history')
    .values({
      referral_id: id,
      status: 'draft',
      on_date: AT.slice(0, 10),
      note: '',
      by_user_id: userId,
      at: AT,
    })
    .execute();
  return id;
}

/**
 * Everything a letter needs: the letterhead (once per office), a case whose person gave the
 * referral consent, and a draft referral for it.
 */
export async function insertReferralCase(
  db: Db,
  options: { case?: TestCaseOptions; referral?: DraftReferralOptions } = {},
): Promise<TestCase & { referralId: number; signerId: number }> {
  const { signerId } = await ensureLetterhead(db);
  const testCase = await insertTestCase(db, {
    ...options.case,
    granted: [...(options.case?.granted ?? []), 'referral'],
  });
  const referralId = await insertDraftReferral(db, testCase.caseId, options.referral);
  return { ...testCase, referralId, signerId };
}

/** Withdraws the person's referral consent (a new row: consents are append-only). */
export async function withdrawReferralConsent(db: Db, beneficiaryId: number): Promise<void> {
  await db
    .insertInto('consents')
    .values({
      beneficiary_id: beneficiaryId,
      purpose: 'referral',
      granted: 0,
      notice_version: '2569-2',
      given_by: 'self',
      guardian_name: '',
      note: '',
      recorded_at: AT,
      recorded_by: await firstUserId(db),
    })
    .execute();
}
