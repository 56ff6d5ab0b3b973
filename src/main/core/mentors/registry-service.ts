import { markRefreshDue } from '../sync/refresh-due';
import type { z } from 'zod';
import type {
  Language,
  MentorListItem,
  MentorProfile,
  mentorProfileSchema,
  ProductCategory,
} from '../../../shared/domain/mentoring';
import { sortThai } from '../../../shared/thai/thai-collation';
import type { SignedInCall } from '../call/call-context';
import type { Db } from '../cases/case-file-repository';
import { AppError } from '../errors';
import { endForMentorRemoved } from './assignment-changes';
import {
  countProvinces,
  insertProfile,
  MENTOR_ROLES,
  mentorAccountsWithoutProfile,
  profileCandidates,
  profileRow,
  profileRows,
  profileVersion,
  replaceProfileLists,
  updateProfile,
  type ProfileRow,
} from './profiles-repository';
import { checkSkillCodes } from './skills-service';

type ProfileSave = z.output<typeof mentorProfileSchema>;

const list = (joined: string | null): string[] => (joined ? joined.split(',').sort() : []);

export function toProfile(row: ProfileRow): MentorProfile {
  return {
    userId: row.user_id,
    userName: row.user_name,
    fullName: row.full_name,
    position: row.position,
    role: row.role,
    accountActive: row.account_status === 'active',
    organisationKind: row.organisation_kind,
    organisationName: row.organisation_name,
    department: row.department,
    isExternal: row.is_external === 1,
    skills: list(row.skills),
    productCategories: list(row.categories) as ProductCategory[],
    provinceIds: list(row.province_ids)
      .map(Number)
      .sort((a, b) => a - b),
    onlineOnly: row.online_only === 1,
    languages: list(row.languages) as Language[],
    capacity: row.capacity,
    availableFrom: row.available_from,
    availableUntil: row.available_until,
    active: row.active === 1,
    contact: row.contact,
    notes: row.notes,
    version: row.version,
    activeMentees: Number(row.active_mentees),
    updatedAt: row.updated_at,
  };
}

/**
 * The registry: every profile of an account that can mentor, and mentor accounts still without
 * one (`hasProfile` false, shown as external volunteers with no capacity until someone fills the
 * profile in). Without `includeInactive`, profiles set inactive and disabled accounts are left out.
 */
export async function listMentors(
  db: Db,
  query: { includeInactive: boolean },
): Promise<MentorListItem[]> {
  const items: MentorListItem[] = (await profileRows(db)).map((row) => {
    const profile = toProfile(row);
    return {
      userId: profile.userId,
      fullName: profile.fullName,
      organisationKind: profile.organisationKind,
      organisationName: profile.organisationName,
      isExternal: profile.isExternal,
      active: profile.active && profile.accountActive,
      capacity: profile.capacity,
      activeMentees: profile.activeMentees,
      skills: profile.skills,
      provinceIds: profile.provinceIds,
      onlineOnly: profile.onlineOnly,
      hasProfile: true,
    };
  });
  for (const account of await mentorAccountsWithoutProfile(db)) {
    items.push({
      userId: account.id,
      fullName: account.full_name,
      organisationKind: 'volunteer',
      organisationName: '',
      isExternal: true,
      active: account.status === 'active',
      capacity: 0,
      activeMentees: 0,
      skills: [],
      provinceIds: [],
      onlineOnly: false,
      hasProfile: false,
    });
  }
  const shown = query.includeInactive ? items : items.filter((item) => item.active);
  return sortThai(shown, (item) => item.fullName);
}

export async function getMentor(db: Db, userId: number): Promise<MentorProfile> {
  const row = await profileRow(db, userId);
  if (!row) throw new AppError('NOT_FOUND', 'mentor_not_found');
  return toProfile(row);
}

export async function listCandidates(db: Db) {
  const rows = await profileCandidates(db);
  return sortThai(
    rows.map((row) => ({
      userId: row.id,
      fullName: row.full_name,
      role: row.role,
      hasProfile: row.profile_user_id !== null,
    })),
    (row) => row.fullName,
  );
}

/**
 * Creates or updates a profile. The version read guards against two people saving at once
 * (CONFLICT `record_changed`). A profile set inactive ends the mentor's open assignments in the
 * same transaction: nobody is left with a mentor who no longer takes cases.
 */
export async function saveProfile(call: SignedInCall, input: ProfileSave): Promise<MentorProfile> {
  const at = call.clock.now().toISOString();
  await call.audited<{ created: boolean; version: number; ended: number }>(
    (saved) => ({
      action: 'mentor.profile_saved',
      outcome: 'success',
      target: { type: 'user', id: input.userId },
      details: {
        created: saved.created,
        version: saved.version,
        active: input.active,
        endedAssignments: saved.ended,
      },
    }),
    async (trx) => {
      const account = await trx
        .selectFrom('users')
        .select(['id', 'role', 'status'])
        .where('id', '=', input.userId)
        .executeTakeFirst();
      if (!account || account.status === 'removed')
        throw new AppError('NOT_FOUND', 'mentor_not_found');
      if (!MENTOR_ROLES.includes(account.role))
        throw new AppError('VALIDATION', 'mentor_not_mentor_role');
      const current = await profileVersion(trx, input.userId);
      const before = current ? await profileRow(trx, input.userId) : undefined;
      await checkSkillCodes(trx, input.skills, before ? list(before.skills) : []);
      if ((await countProvinces(trx, input.provinceIds)) !== input.provinceIds.length)
        throw new AppError('VALIDATION', 'province_unknown');

      const columns = {
        organisation_kind: input.organisationKind,
        organisation_name: input.organisationName,
        department: input.organisationKind === 'department' ? input.department : null,
        is_external: input.isExternal ? (1 as const) : (0 as const),
        online_only: input.onlineOnly ? (1 as const) : (0 as const),
        capacity: input.capacity,
        available_from: input.availableFrom,
        available_until: input.availableUntil,
        active: input.active ? (1 as const) : (0 as const),
        contact: input.contact,
        notes: input.notes,
        updated_at: at,
      };
      let version: number;
      if (input.expectedVersion === null) {
        if (current) throw new AppError('CONFLICT', 'record_changed');
        await insertProfile(trx, { user_id: input.userId, ...columns, version: 1, created_at: at });
        version = 1;
      } else {
        if (!current || current.version !== input.expectedVersion)
          throw new AppError('CONFLICT', 'record_changed');
        if (!(await updateProfile(trx, input.userId, input.expectedVersion, columns)))
          throw new AppError('CONFLICT', 'record_changed');
        version = input.expectedVersion + 1;
      }
      await replaceProfileLists(trx, input.userId, {
        skills: input.skills,
        categories: input.productCategories,
        provinceIds: input.provinceIds,
        languages: input.languages,
      });
      const ended = input.active ? 0 : await endForMentorRemoved(trx, call, input.userId, at);
      // Which consent the mentor's cases need follows the profile (an outside organisation needs
      // its sharing consent): the compartment is brought in line before the call answers.
      await markRefreshDue(trx, [input.userId]);
      return { created: input.expectedVersion === null, version, ended };
    },
  );
  return getMentor(call.db, input.userId);
}
