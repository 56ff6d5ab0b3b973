import type { Db } from '../cases/case-file-repository';
import { MENTOR_ROLES } from './profiles-repository';

/**
 * What ranking needs of every mentor, read as six flat statements (profiles, four lists, the open
 * assignments per mentor) rather than one with a subquery per row: at 2,000 mentors the flat
 * reads cost a few milliseconds each, and the service joins them in memory.
 */
export async function matchMentorRows(db: Db) {
  const profiles = await db
    .selectFrom('mentor_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select([
      'p.user_id',
      'u.full_name',
      'u.status',
      'p.organisation_kind',
      'p.organisation_name',
      'p.is_external',
      'p.online_only',
      'p.capacity',
      'p.available_from',
      'p.available_until',
      'p.active',
    ])
    .where('u.status', '!=', 'removed')
    .where('u.role', 'in', [...MENTOR_ROLES])
    .execute();
  const skills = await db
    .selectFrom('mentor_profile_skills')
    .select(['user_id', 'skill_code'])
    .execute();
  const categories = await db
    .selectFrom('mentor_profile_categories')
    .select(['user_id', 'category'])
    .execute();
  const provinces = await db
    .selectFrom('mentor_profile_provinces')
    .select(['user_id', 'province_id'])
    .execute();
  const languages = await db
    .selectFrom('mentor_profile_languages')
    .select(['user_id', 'language'])
    .execute();
  const load = await db
    .selectFrom('mentor_assignments')
    .select(['mentor_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('ended_at', 'is', null)
    .groupBy('mentor_id')
    .execute();
  return { profiles, skills, categories, provinces, languages, load };
}
