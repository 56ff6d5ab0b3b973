import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { CompartmentSchema } from '../../src/main/core/compartments/compartment-schema';
import type { MenteeCasesTable } from '../../src/main/core/db/mentoring-schema';
import type { MethodInput } from '../../src/shared/contract';
import { DEFAULT_SKILLS } from '../../src/shared/domain/mentoring';
import { officeWithMentor } from './mentors';
import type { TestOffice } from './office';

export type MentoringOffice = TestOffice & { officerId: number; mentorId: number };

/**
 * One office for a whole test file (creating one costs Argon2id keys): the officer signed in,
 * the mentor account ready. Tests in the file share it and keep to their own cases.
 */
export function useMentoringOffice(): () => MentoringOffice {
  let dir = '';
  let office: MentoringOffice | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    office = await officeWithMentor(dir);
  });
  afterAll(async () => {
    await office?.core.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => office!;
}

/** A session as the form sends it, on the office's first day (Thursday 26 Nov 2026). */
export function sessionInput(
  caseId: number,
  overrides: Partial<MethodInput<'mentoring.logSession'>> = {},
): MethodInput<'mentoring.logSession'> {
  return {
    caseId,
    heldOn: '2026-11-26',
    heldTime: '10:00',
    durationMinutes: 60,
    mode: 'in_person',
    topics: ['shop_setup'],
    summary: 'ช่วยสมัครร้านค้าและถ่ายภาพสินค้า',
    actions: [],
    completedActionIds: [],
    nextSessionOn: '2026-12-03',
    ...overrides,
  };
}

/** The signed-in mentor's compartment (the test stands in for the office's sync). */
export function compartmentOf(office: Pick<TestOffice, 'core'>): Kysely<CompartmentSchema> {
  const space = office.core.sessions.space();
  if (space.kind !== 'compartment') throw new Error('not signed in as a mentor');
  return space.compartment.db;
}

/** What the office's sync would have written: the taxonomy and some mentees. */
export async function fillCompartment(
  db: Kysely<CompartmentSchema>,
  mentees: Partial<MenteeCasesTable>[],
  people: { user_id: number; full_name: string }[] = [],
): Promise<void> {
  await db
    .insertInto('mentor_skills')
    .values(
      DEFAULT_SKILLS.map((skill, index) => ({
        code: skill.code,
        label_th: skill.th,
        label_en: skill.en,
        sort_order: (index + 1) * 10,
        active: 1 as const,
        updated_at: '2026-11-26T03:00:00.000Z',
      })),
    )
    .onConflict((c) => c.doNothing())
    .execute();
  for (const mentee of mentees)
    await db
      .insertInto('mentee_cases')
      .values({
        case_id: 1,
        mentor_id: 1,
        case_number: '2569-000001',
        display_name: 'นางสมหญิง ทดสอบ',
        nickname: '',
        phone: '',
        line_id: '',
        district_name: 'เมืองขอนแก่น',
        province_name: 'ขอนแก่น',
        status: 'mentoring',
        intake_date: '2026-11-01',
        assigned_since: '2026-11-01T03:00:00.000Z',
        occupation: '',
        products: '',
        product_category: null,
        business_skills: '',
        has_smartphone: 1,
        has_internet: 1,
        has_bank_account: 0,
        has_product_photos: 0,
        has_online_shop: 0,
        lazada_seller_id: '',
        goals: '',
        mentoring_needs: '[]',
        sort_key: '',
        ...mentee,
      })
      .execute();
  if (people.length > 0)
    await db
      .insertInto('people')
      .values(people)
      .onConflict((c) => c.doNothing())
      .execute();
}

type SessionFields = Omit<MethodInput<'mentoring.logSession'>, 'caseId'>;

/** The fields of a logged session, for an edit or a correction of it. */
export function sessionFields(input: MethodInput<'mentoring.logSession'>): SessionFields {
  const fields: Partial<MethodInput<'mentoring.logSession'>> = { ...input };
  delete fields.caseId;
  return fields as SessionFields;
}
