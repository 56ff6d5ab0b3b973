import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../src/main/core/db/schema';
import type { TargetGroup } from '../../src/shared/domain/cases';
import { normaliseThaiName } from '../../src/shared/thai/thai-name';
import { thaiSortKey } from '../../src/shared/thai/thai-sort-key';
import { OFFICER, officeWithColleague, type TestOffice } from './office';

/**
 * FIXTURE: people and cases written straight into the database with Kysely, for the tests of the
 * case page while the intake service is written on another branch. It writes what intake writes
 * (person, case, target groups, consents, the `intake` timeline line) and nothing is checked: the
 * tests of intake itself go through the real service. After the merge this may call the service.
 */

type Db = Kysely<DatabaseSchema>;

/** Test places with ids far above the reference dataset's, so both can live in one database. */
export const PLACES = {
  bangkok: { provinceId: 9_001, districtId: 900_101, subdistrictId: 90_010_101, postcode: '10200' },
  khonKaen: {
    provinceId: 9_002,
    districtId: 900_201,
    subdistrictId: 90_020_101,
    postcode: '40000',
    /** The second postcode of the same subdistrict (a few have two). */
    otherPostcode: '40002',
  },
} as const;

export async function ensureTestPlaces(db: Db): Promise<void> {
  const { bangkok, khonKaen } = PLACES;
  await db
    .insertInto('address_provinces')
    .values([
      { id: bangkok.provinceId, name_th: 'กรุงเทพมหานคร', name_en: 'Bangkok' },
      { id: khonKaen.provinceId, name_th: 'ขอนแก่น', name_en: 'Khon Kaen' },
    ])
    .onConflict((c) => c.doNothing())
    .execute();
  await db
    .insertInto('address_districts')
    .values([
      {
        id: bangkok.districtId,
        province_id: bangkok.provinceId,
        name_th: 'พระนคร',
        name_en: 'Phra Nakhon',
      },
      {
        id: khonKaen.districtId,
        province_id: khonKaen.provinceId,
        name_th: 'เมืองขอนแก่น',
        name_en: 'Mueang Khon Kaen',
      },
    ])
    .onConflict((c) => c.doNothing())
    .execute();
  await db
    .insertInto('address_subdistricts')
    .values([
      {
        id: bangkok.subdistrictId,
        district_id: bangkok.districtId,
        name_th: 'พระบรมมหาราชวัง',
        name_en: 'Phra Borom Maha Ratchawang',
      },
      {
        id: khonKaen.subdistrictId,
        district_id: khonKaen.districtId,
        name_th: 'ในเมือง',
        name_en: 'Nai Mueang',
      },
    ])
    .onConflict((c) => c.doNothing())
    .execute();
  await db
    .insertInto('address_postcodes')
    .values([
      { subdistrict_id: bangkok.subdistrictId, postcode: bangkok.postcode },
      { subdistrict_id: khonKaen.subdistrictId, postcode: khonKaen.postcode },
      { subdistrict_id: khonKaen.subdistrictId, postcode: khonKaen.otherPostcode },
    ])
    .onConflict((c) => c.doNothing())
    .execute();
}

export interface TestCaseOptions {
  firstName?: string;
  lastName?: string;
  nationalId?: string | null;
  otherIdNumber?: string;
  /** Registered (and current) address in Bangkok or Khon Kaen. */
  place?: 'bangkok' | 'khonKaen';
  disabilityTypes?: string[];
  healthNotes?: string;
  status?: DatabaseSchema['cases']['status'] extends infer S ? Exclude<S, never> : never;
  targetGroups?: TargetGroup[];
  /** Consents granted at intake (programme always). */
  granted?: ('share_lazada' | 'share_volunteers' | 'photos' | 'referral')[];
  /** Another case for a person already in the database. */
  beneficiaryId?: number;
  caseNumber?: string;
  userId?: number;
}

export interface TestCase {
  caseId: number;
  beneficiaryId: number;
  caseNumber: string;
}

let counter = 0;
let people = 0;

/** A valid, unused national ID for each new test person (check digit computed). */
function testNationalId(): string {
  people++;
  const first12 = `11017${String(people).padStart(7, '0')}`;
  const sum = [...first12].reduce((total, digit, i) => total + Number(digit) * (13 - i), 0);
  return first12 + String((11 - (sum % 11)) % 10);
}
const AT = '2026-11-26T03:00:00.000Z';

export async function insertTestCase(db: Db, options: TestCaseOptions = {}): Promise<TestCase> {
  await ensureTestPlaces(db);
  const userId =
    options.userId ??
    (await db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  const place = PLACES[options.place ?? 'khonKaen'];
  const firstName = options.firstName ?? 'สมหญิง';
  const lastName = options.lastName ?? 'ทดสอบ';
  const fullName = `${firstName} ${lastName}`;
  let beneficiaryId = options.beneficiaryId;
  if (beneficiaryId === undefined) {
    const nationalId = options.nationalId === undefined ? testNationalId() : options.nationalId;
    const inserted = await db
      .insertInto('beneficiaries')
      .values({
        title: 'mrs',
        title_other: '',
        first_name: firstName,
        last_name: lastName,
        nickname: 'หญิง',
        latin_name: '',
        birth_date: '1980-05-01',
        sex: 'female',
        has_thai_id: nationalId === null ? 0 : 1,
        national_id: nationalId,
        other_id_document: nationalId === null ? 'pink_card' : null,
        other_id_number: nationalId === null ? (options.otherIdNumber ?? '00-1234-567890') : '',
        phone: '+66812345678',
        line_id: '',
        registered_line: '12 หมู่ 3',
        registered_subdistrict_id: place.subdistrictId,
        registered_postcode: place.postcode,
        current_same_as_registered: 1,
        current_line: '12 หมู่ 3',
        current_subdistrict_id: place.subdistrictId,
        current_postcode: place.postcode,
        province_id: place.provinceId,
        name_key: normaliseThaiName(fullName),
        sort_key: thaiSortKey(fullName),
        created_at: AT,
        created_by: userId,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    beneficiaryId = inserted.id;
    const granted = new Set(['programme', ...(options.granted ?? [])]);
    await db
      .insertInto('consents')
      .values(
        // share_volunteers (notice 2569-2) only when granted: older tests count four rows.
        (
          [
            'programme',
            'share_lazada',
            'photos',
            'referral',
            ...(granted.has('share_volunteers') ? (['share_volunteers'] as const) : []),
          ] as const
        ).map((purpose) => ({
          beneficiary_id: beneficiaryId as number,
          purpose,
          granted: granted.has(purpose) ? (1 as const) : (0 as const),
          notice_version: '2569-2',
          given_by: 'self' as const,
          guardian_name: '',
          note: '',
          recorded_at: AT,
          recorded_by: userId,
        })),
      )
      .execute();
  }
  counter++;
  const caseNumber = options.caseNumber ?? `2569-${String(counter).padStart(6, '0')}`;
  const { id: caseId } = await db
    .insertInto('cases')
    .values({
      case_number: caseNumber,
      beneficiary_id: beneficiaryId,
      status: options.status ?? 'intake',
      status_reason: '',
      status_changed_at: AT,
      intake_date: '2026-11-26',
      department: 'dep',
      flagship_project: 'jobs_and_income',
      referral_source: 'walk_in',
      referral_source_detail: '',
      household_size: 4,
      monthly_income_satang: 500_000,
      welfare_card: 1,
      disability_card: options.disabilityTypes?.length ? 1 : 0,
      disability_types: JSON.stringify(options.disabilityTypes ?? []),
      health_notes: options.healthNotes ?? '',
      caregiver_name: '',
      caregiver_relation: '',
      occupation: 'ค้าขาย',
      skills: 'ทอผ้า',
      products: 'ผ้าไหม',
      has_smartphone: 1,
      has_internet: 1,
      has_bank_account: 1,
      has_product_photos: 0,
      has_online_shop: 0,
      lazada_seller_id: '',
      goals: 'ขายออนไลน์',
      notes: '',
      mentor_id: null,
      sort_key: thaiSortKey(fullName),
      province_id: place.provinceId,
      created_at: AT,
      created_by: userId,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('case_target_groups')
    .values(
      (options.targetGroups ?? ['women']).map((group) => ({
        case_id: caseId,
        target_group: group,
      })),
    )
    .execute();
  await db
    .insertInto('case_events')
    .values({ case_id: caseId, kind: 'intake', at: AT, by_user_id: userId, detail: '{}' })
    .execute();
  return { caseId, beneficiaryId, caseNumber };
}

/** The signed-in office's database, for fixtures and for looking at what a call wrote. */
export function officeDb(office: Pick<TestOffice, 'core'>): Db {
  return office.core.sessions.signedInCall().db;
}

/** Audit events of one action, oldest first. */
export function auditEvents(office: Pick<TestOffice, 'core'>, action: string) {
  return officeDb(office)
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .orderBy('seq')
    .execute();
}

/**
 * An office with an officer signed in (the admin added them; they replaced their password). The
 * office up to the officer's first sign-in is `officeWithColleague`'s copy, built once per file.
 */
export async function officeWithOfficer(dir: string): Promise<TestOffice & { officerId: number }> {
  const { office, colleagueId: officerId } = await officeWithColleague(dir, OFFICER, 'officer');
  await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
  return { ...office, officerId };
}
