import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../src/main/core/db/schema';
import type { MethodInput } from '../../src/shared/contract';

type Db = Kysely<DatabaseSchema>;
const AT = '2026-11-26T03:00:00.000Z';

/**
 * FIXTURE: the letterhead and two signers written straight into the database (the letterhead
 * settings are built on another branch); the certificates' tests need only that they exist.
 */
export async function insertLetterhead(db: Db, userId: number): Promise<{ signerIds: number[] }> {
  const signerIds: number[] = [];
  for (const [fullName, position] of [
    ['นายใจดี มีสุข', 'พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น'],
    ['นางสาวแก้วตา ฟ้าใส', 'ผู้แทน Lazada ประเทศไทย'],
  ] as const) {
    const row = await db
      .insertInto('signers')
      .values({
        full_name: fullName,
        position_lines: JSON.stringify([position]),
        signature_image_id: null,
        active: 1,
        created_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    signerIds.push(row.id);
  }
  await db
    .insertInto('letterhead')
    .values({
      id: 1,
      agency_name: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
      address_lines: JSON.stringify(['ศาลากลางจังหวัดขอนแก่น', 'อำเภอเมือง จังหวัดขอนแก่น 40000']),
      phone: '043 000 000',
      fax: '',
      email: '',
      owning_division: 'กลุ่มการพัฒนาสังคม',
      number_prefix: 'ขก 0506/',
      thai_digits: 0,
      emblem_image_id: null,
      default_letter_signer_id: signerIds[0]!,
      default_certificate_signer_ids: JSON.stringify(signerIds),
      version: 1,
      updated_at: AT,
      updated_by: userId,
    })
    .execute();
  return { signerIds };
}

/** A milestone as the mentoring outcome service records it (`<case>:<kind>`). */
export async function insertMilestone(
  db: Db,
  caseId: number,
  kind: 'shop_opened' | 'first_order',
  occurredOn: string,
  userId: number,
  shopName = '',
): Promise<void> {
  await db
    .insertInto('outcome_milestones')
    .values({
      id: `${caseId}:${kind}`,
      case_id: caseId,
      kind,
      occurred_on: occurredOn,
      shop_name: shopName,
      shop_ref: '',
      products_count: null,
      note: '',
      revision: 1,
      recorded_at: AT,
      recorded_by: userId,
    })
    .execute();
}

export function wording(
  overrides: Partial<MethodInput<'certificates.issue'>['wording']> = {},
): MethodInput<'certificates.issue'>['wording'] {
  return {
    achievement: 'shop_opened',
    text: '',
    detailText: '',
    issuedOn: '2026-11-26',
    signerIds: [],
    ...overrides,
  };
}
