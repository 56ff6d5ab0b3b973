import { sql, type Insertable } from 'kysely';
import type { Language, ProductCategory } from '../../../shared/domain/mentoring';
import type { Role } from '../../../shared/permissions';
import type { Db } from '../cases/case-file-repository';
import type { MentorProfilesTable } from '../db/mentoring-schema';

/** Roles that can mentor: mentor accounts, and office staff who also coach. */
export const MENTOR_ROLES: readonly Role[] = ['mentor', 'officer', 'supervisor'];

/**
 * Profiles with their lists and current load, one row each. The lists come back comma-joined
 * (codes and ids hold no commas); the load counts open assignments on their partial index.
 */
function profileQuery(db: Db) {
  return db
    .selectFrom('mentor_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .selectAll('p')
    .select([
      'u.user_name',
      'u.full_name',
      'u.position',
      'u.role',
      'u.status as account_status',
      sql<string | null>`(SELECT group_concat(skill_code) FROM mentor_profile_skills s
        WHERE s.user_id = p.user_id)`.as('skills'),
      sql<string | null>`(SELECT group_concat(category) FROM mentor_profile_categories c
        WHERE c.user_id = p.user_id)`.as('categories'),
      sql<string | null>`(SELECT group_concat(province_id) FROM mentor_profile_provinces v
        WHERE v.user_id = p.user_id)`.as('province_ids'),
      sql<string | null>`(SELECT group_concat(language) FROM mentor_profile_languages l
        WHERE l.user_id = p.user_id)`.as('languages'),
      sql<number>`(SELECT count(*) FROM mentor_assignments a
        WHERE a.mentor_id = p.user_id AND a.ended_at IS NULL)`.as('active_mentees'),
    ])
    .where('u.status', '!=', 'removed')
    .where('u.role', 'in', [...MENTOR_ROLES]);
}

export type ProfileRow = Awaited<ReturnType<typeof profileRows>>[number];

/** Every profile of an account that can still mentor (removed accounts and admins left out). */
export function profileRows(db: Db) {
  return profileQuery(db).execute();
}

export function profileRow(db: Db, userId: number) {
  return profileQuery(db).where('p.user_id', '=', userId).executeTakeFirst();
}

/** Mentor accounts with no profile yet (the registry lists them so someone fills one in). */
export function mentorAccountsWithoutProfile(db: Db) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.full_name', 'u.status'])
    .where('u.role', '=', 'mentor')
    .where('u.status', '!=', 'removed')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('mentor_profiles as p')
            .select('p.user_id')
            .whereRef('p.user_id', '=', 'u.id'),
        ),
      ),
    )
    .execute();
}

/** Active accounts that may hold a profile, and whether they do. */
export function profileCandidates(db: Db) {
  return db
    .selectFrom('users as u')
    .leftJoin('mentor_profiles as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.full_name', 'u.role', 'p.user_id as profile_user_id'])
    .where('u.status', '=', 'active')
    .where('u.role', 'in', [...MENTOR_ROLES])
    .execute();
}

export function profileVersion(db: Db, userId: number) {
  return db
    .selectFrom('mentor_profiles')
    .select(['version', 'active'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertProfile(db: Db, row: Insertable<MentorProfilesTable>): Promise<void> {
  await db.insertInto('mentor_profiles').values(row).execute();
}

/** Updates only the version read: 0 rows when someone saved in between. */
export async function updateProfile(
  db: Db,
  userId: number,
  expectedVersion: number,
  changes: Omit<Insertable<MentorProfilesTable>, 'user_id' | 'created_at' | 'version'>,
): Promise<boolean> {
  const result = await db
    .updateTable('mentor_profiles')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('user_id', '=', userId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceProfileLists(
  db: Db,
  userId: number,
  lists: {
    skills: readonly string[];
    categories: readonly ProductCategory[];
    provinceIds: readonly number[];
    languages: readonly Language[];
  },
): Promise<void> {
  await db.deleteFrom('mentor_profile_skills').where('user_id', '=', userId).execute();
  await db.deleteFrom('mentor_profile_categories').where('user_id', '=', userId).execute();
  await db.deleteFrom('mentor_profile_provinces').where('user_id', '=', userId).execute();
  await db.deleteFrom('mentor_profile_languages').where('user_id', '=', userId).execute();
  if (lists.skills.length > 0)
    await db
      .insertInto('mentor_profile_skills')
      .values(lists.skills.map((skill_code) => ({ user_id: userId, skill_code })))
      .execute();
  if (lists.categories.length > 0)
    await db
      .insertInto('mentor_profile_categories')
      .values(lists.categories.map((category) => ({ user_id: userId, category })))
      .execute();
  if (lists.provinceIds.length > 0)
    await db
      .insertInto('mentor_profile_provinces')
      .values(lists.provinceIds.map((province_id) => ({ user_id: userId, province_id })))
      .execute();
  if (lists.languages.length > 0)
    await db
      .insertInto('mentor_profile_languages')
      .values(lists.languages.map((language) => ({ user_id: userId, language })))
      .execute();
}

export async function countProvinces(db: Db, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('address_provinces')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', 'in', [...ids])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
