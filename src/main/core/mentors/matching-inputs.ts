import type { ConsentPurpose } from '../../../shared/domain/cases';
import type { Language } from '../../../shared/domain/mentoring';
import type { BeneficiaryRow, CaseRow, Db } from '../cases/case-file-repository';
import { codesOf } from '../cases/case-file-sections';
import { hasConsent } from '../cases/consents-service';
import type { MatchCase, MatchMentor } from './matching';
import { matchMentorRows } from './matching-repository';
import { profileRow, type ProfileRow } from './profiles-repository';
import { toProfile } from './registry-service';

/** The purposes matching looks at: the programme and the two sharing purposes. */
const MATCH_PURPOSES: readonly ConsentPurpose[] = ['programme', 'share_lazada', 'share_volunteers'];

/** What matching needs of a case, read from its row, its person and their consents now. */
export async function matchCaseOf(
  db: Db,
  caseRow: CaseRow,
  person: BeneficiaryRow,
): Promise<MatchCase> {
  const granted = new Set<ConsentPurpose>();
  for (const purpose of MATCH_PURPOSES)
    if (await hasConsent(db, person.id, purpose)) granted.add(purpose);
  return {
    caseId: caseRow.id,
    currentMentorId: caseRow.mentor_id,
    needs: codesOf<string>(caseRow.mentoring_needs),
    productCategory: caseRow.product_category,
    provinceId: person.province_id,
    hasSmartphone: caseRow.has_smartphone === 1,
    hasInternet: caseRow.has_internet === 1,
    languages: codesOf<Language>(caseRow.languages),
    granted,
  };
}

export function toMatchMentor(row: ProfileRow): MatchMentor {
  const profile = toProfile(row);
  return {
    userId: profile.userId,
    fullName: profile.fullName,
    accountActive: profile.accountActive,
    organisationKind: profile.organisationKind,
    organisationName: profile.organisationName,
    isExternal: profile.isExternal,
    skills: profile.skills,
    categories: profile.productCategories,
    provinceIds: profile.provinceIds,
    onlineOnly: profile.onlineOnly,
    languages: profile.languages,
    capacity: profile.capacity,
    activeMentees: profile.activeMentees,
    availableFrom: profile.availableFrom,
    availableUntil: profile.availableUntil,
    active: profile.active,
  };
}

function grouped<R, V>(rows: readonly R[], key: (row: R) => number, value: (row: R) => V) {
  const map = new Map<number, V[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(value(row));
    else map.set(key(row), [value(row)]);
  }
  return map;
}

/** Every mentor with a profile, with their lists and load. */
export async function matchMentors(db: Db): Promise<MatchMentor[]> {
  const rows = await matchMentorRows(db);
  const skills = grouped(
    rows.skills,
    (r) => r.user_id,
    (r) => r.skill_code,
  );
  const categories = grouped(
    rows.categories,
    (r) => r.user_id,
    (r) => r.category,
  );
  const provinces = grouped(
    rows.provinces,
    (r) => r.user_id,
    (r) => r.province_id,
  );
  const languages = grouped(
    rows.languages,
    (r) => r.user_id,
    (r) => r.language,
  );
  const load = new Map(rows.load.map((r) => [r.mentor_id, Number(r.n)]));
  return rows.profiles.map((p) => ({
    userId: p.user_id,
    fullName: p.full_name,
    accountActive: p.status === 'active',
    organisationKind: p.organisation_kind,
    organisationName: p.organisation_name,
    isExternal: p.is_external === 1,
    skills: skills.get(p.user_id) ?? [],
    categories: categories.get(p.user_id) ?? [],
    provinceIds: provinces.get(p.user_id) ?? [],
    onlineOnly: p.online_only === 1,
    languages: languages.get(p.user_id) ?? [],
    capacity: p.capacity,
    activeMentees: load.get(p.user_id) ?? 0,
    availableFrom: p.available_from,
    availableUntil: p.available_until,
    active: p.active === 1,
  }));
}

export async function matchMentor(db: Db, userId: number): Promise<MatchMentor | undefined> {
  const row = await profileRow(db, userId);
  return row ? toMatchMentor(row) : undefined;
}
