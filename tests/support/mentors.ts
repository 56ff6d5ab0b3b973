import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseSchema } from '../../src/main/core/db/schema';
import type { Insertable } from 'kysely';
import type { MentorProfilesTable } from '../../src/main/core/db/mentoring-schema';
import type { Language, ProductCategory } from '../../src/shared/domain/mentoring';
import { PLACES } from './cases';
import { MENTOR, OFFICER, addAccount, firstSignIn, setUpOffice, type TestOffice } from './office';

type Db = Kysely<DatabaseSchema>;
const AT = '2026-11-26T03:00:00.000Z';

export interface TestMentorProfile extends Partial<
  Omit<Insertable<MentorProfilesTable>, 'user_id'>
> {
  skills?: string[];
  categories?: ProductCategory[];
  provinceIds?: number[];
  languages?: Language[];
}

/**
 * A mentor profile written straight into the database (for tests of what reads profiles);
 * defaults: a Lazada adviser in Khon Kaen, Thai, capacity 10, active, skills shop setup and
 * product photography.
 */
export async function insertMentorProfile(
  db: Db,
  userId: number,
  profile: TestMentorProfile = {},
): Promise<void> {
  const { skills, categories, provinceIds, languages, ...columns } = profile;
  await db
    .insertInto('mentor_profiles')
    .values({
      user_id: userId,
      organisation_kind: 'lazada',
      organisation_name: 'Lazada',
      department: null,
      is_external: 1,
      online_only: 0,
      capacity: 10,
      available_from: null,
      available_until: null,
      active: 1,
      contact: '',
      notes: '',
      created_at: AT,
      updated_at: AT,
      ...columns,
    })
    .execute();
  for (const skill_code of skills ?? ['shop_setup', 'product_photography'])
    await db.insertInto('mentor_profile_skills').values({ user_id: userId, skill_code }).execute();
  for (const category of categories ?? ['fashion'])
    await db
      .insertInto('mentor_profile_categories')
      .values({ user_id: userId, category })
      .execute();
  for (const province_id of provinceIds ?? [PLACES.khonKaen.provinceId])
    await db
      .insertInto('mentor_profile_provinces')
      .values({ user_id: userId, province_id })
      .execute();
  for (const language of languages ?? ['th'])
    await db.insertInto('mentor_profile_languages').values({ user_id: userId, language }).execute();
}

/** An open assignment written straight into the database (and the case's current mentor). */
export async function insertAssignment(
  db: Db,
  options: { caseId: number; mentorId: number; startedBy: number; startedAt?: string },
): Promise<number> {
  const row = await db
    .insertInto('mentor_assignments')
    .values({
      case_id: options.caseId,
      mentor_id: options.mentorId,
      started_at: options.startedAt ?? AT,
      started_by: options.startedBy,
      reason: '',
      over_capacity_reason: '',
      ended_at: null,
      ended_by: null,
      end_kind: null,
      end_reason: '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('cases')
    .set({ mentor_id: options.mentorId })
    .where('id', '=', options.caseId)
    .execute();
  return row.id;
}

/**
 * An office with an officer and a mentor account (both past their first sign-in), the officer
 * signed in: the usual start of a mentoring test.
 */
export async function officeWithMentor(
  dir: string,
): Promise<TestOffice & { officerId: number; mentorId: number }> {
  const office = await setUpOffice(dir);
  const officerId = await addAccount(office, OFFICER, 'officer');
  const mentorId = await addAccount(office, MENTOR, 'mentor');
  await office.ok('session.signOut');
  await firstSignIn(office, MENTOR);
  await office.ok('session.signOut');
  await firstSignIn(office, OFFICER);
  return { ...office, officerId, mentorId };
}

/**
 * One office with an officer and a mentor for a whole test file (beforeAll): creating an office
 * costs two Argon2id keys, so the tests of one file share it and each makes its own cases.
 */
export function useMentorOffice(): () => TestOffice & { officerId: number; mentorId: number } {
  let dir = '';
  let office: (TestOffice & { officerId: number; mentorId: number }) | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    office = await officeWithMentor(dir);
  });
  afterAll(async () => {
    await office?.core.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!office) throw new Error('the office is made in beforeAll');
    return office;
  };
}

let accounts = 0;

/**
 * An account written straight into the database, without a key slot (it cannot sign in): enough
 * for tests of what reads profiles and assignments, at no Argon2id cost.
 */
export async function insertMentorUser(
  db: Db,
  fullName: string,
  role: 'mentor' | 'officer' | 'supervisor' | 'admin' = 'mentor',
): Promise<number> {
  accounts++;
  const row = await db
    .insertInto('users')
    .values({
      user_name: `mentor.fixture${accounts}`,
      full_name: fullName,
      position: '',
      role,
      status: 'active',
      must_change_password: 0,
      created_at: AT,
      updated_at: AT,
      last_sign_in_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * How many times the office has rewritten this mentor's compartment (one audit event per
 * refresh that changed something). A change a compartment must follow is refreshed right after
 * the call that made it, so tests compare this before and after instead of reading the mark.
 */
export async function compartmentRefreshes(db: Db, mentorId: number): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', 'mentor.compartment_refreshed')
    .where('target_id', '=', String(mentorId))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
