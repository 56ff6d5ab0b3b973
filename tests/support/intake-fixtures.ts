import type { Kysely } from 'kysely';
import type { IntakeInput, IntakeSave } from '../../src/shared/domain/cases';
import { CONSENT_NOTICE_VERSION, CONSENT_PURPOSES } from '../../src/shared/domain/cases';
import type { DatabaseSchema } from '../../src/main/core/db/schema';
import { nationalIdCheckDigit } from '../../src/shared/thai/national-id';
import type { TestOffice } from './office';

/** The office's database, for arranging reference rows and reading what a call wrote. */
export function officeDb(office: Pick<TestOffice, 'core'>): Kysely<DatabaseSchema> {
  return office.core.sessions.signedInCall().db;
}

/** A valid national ID from any twelve digits. */
export function nationalId(firstTwelve: string): string {
  return `${firstTwelve}${nationalIdCheckDigit(firstTwelve)}`;
}

/**
 * Two places of the real address reference data (migration 0006 gives them fixed ids, pinned by
 * its test): Khon Kaen's เมืองขอนแก่น with ในเมือง (40000) and Bangkok's เขตพระนคร with
 * พระบรมมหาราชวัง (10200).
 */
export const PLACES = {
  khonKaen: { provinceId: 6, subdistrictId: 716, postcode: '40000' },
  bangkok: { provinceId: 2, subdistrictId: 159, postcode: '10200' },
} as const;

/** The reference data is loaded by migration 0006; kept so the tests say what they rely on. */
export async function insertReferencePlaces(db: Kysely<DatabaseSchema>): Promise<void> {
  const found = await db
    .selectFrom('address_postcodes')
    .select('subdistrict_id')
    .where('subdistrict_id', 'in', [PLACES.khonKaen.subdistrictId, PLACES.bangkok.subdistrictId])
    .execute();
  if (found.length !== 2) throw new Error('The address reference data (migration 0006) is missing');
}

export interface PersonOverrides {
  firstName?: string;
  lastName?: string;
  nickname?: string;
  birthDate?: string;
  nationalId?: string;
  hasThaiId?: boolean;
  phone?: string;
  place?: keyof typeof PLACES | null;
  postcode?: string;
  title?: IntakeInput['identity']['title'];
}

/** A complete, valid intake (a woman from Khon Kaen who sells woven goods), with overrides. */
export function intakeInput(person: PersonOverrides = {}): IntakeInput {
  const hasThaiId = person.hasThaiId ?? true;
  const place = person.place === null ? null : PLACES[person.place ?? 'khonKaen'];
  const address = {
    line: '12 หมู่ 3 ถนนมิตรภาพ',
    subdistrictId: place?.subdistrictId ?? null,
    postcode: person.postcode ?? place?.postcode ?? '',
  };
  return {
    identity: {
      title: person.title ?? 'miss',
      titleOther: '',
      firstName: person.firstName ?? 'สมศรี',
      lastName: person.lastName ?? 'ใจดี',
      nickname: person.nickname ?? 'ศรี',
      latinName: '',
      birthDate: person.birthDate ?? '1990-05-08',
      sex: 'female',
      hasThaiId,
      nationalId: hasThaiId ? (person.nationalId ?? nationalId('110370012345')) : '',
      otherIdDocument: hasThaiId ? null : 'pink_card',
      otherIdNumber: hasThaiId ? '' : '0-0000-12345-67-0',
    },
    contact: {
      phone: person.phone ?? '081-234-5678',
      lineId: '',
      registeredAddress: address,
      currentSameAsRegistered: true,
      currentAddress: { line: '', subdistrictId: null, postcode: '' },
    },
    programme: {
      targetGroups: ['women', 'underprivileged'],
      department: 'dwf',
      flagshipProject: 'jobs_and_income',
      referralSource: 'walk_in',
      referralSourceDetail: '',
    },
    baseline: {
      householdSize: 4,
      monthlyIncomeSatang: 850_000,
      welfareCard: true,
      disabilityCard: false,
      caregiverName: '',
      caregiverRelation: '',
      occupation: 'ทอผ้า',
      disabilityTypes: [],
      healthNotes: '',
    },
    business: {
      skills: 'ทอผ้าไหม',
      products: 'ผ้าไหมมัดหมี่',
      hasSmartphone: true,
      hasInternet: true,
      hasBankAccount: true,
      hasProductPhotos: false,
      hasOnlineShop: false,
      lazadaSellerId: '',
      goals: 'ขายออนไลน์',
      notes: '',
    },
    consents: {
      noticeVersion: CONSENT_NOTICE_VERSION,
      givenBy: 'self',
      guardianName: '',
      choices: CONSENT_PURPOSES.map((purpose) => ({ purpose, granted: purpose !== 'photos' })),
    },
  };
}

export function intakeSave(
  person: PersonOverrides = {},
  reviewedDuplicates: number[] = [],
): IntakeSave {
  return { intake: intakeInput(person), reviewedDuplicates };
}

/** How many rows each table of a case file holds: a failed save must leave all of them alone. */
export async function caseTableCounts(db: Kysely<DatabaseSchema>): Promise<Record<string, number>> {
  const tables = [
    'beneficiaries',
    'cases',
    'case_target_groups',
    'consents',
    'case_events',
    'duplicate_reviews',
    'case_number_counters',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
