import type { ConsentPurpose } from '../../../shared/domain/cases';
import type { Language } from '../../../shared/domain/mentoring';
import type { BeneficiaryRow, CaseRow, Db } from '../cases/case-file-repository';
import { codesOf } from '../cases/case-file-sections';
import { hasConsent } from '../cases/consents-service';
import type { MatchCase, MatchMentor } from './matching';
import { profileRow, profileRows, type ProfileRow } from './profiles-repository';
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

/** Every mentor with a profile (one query: lists and load come with each row). */
export async function matchMentors(db: Db): Promise<MatchMentor[]> {
  return (await profileRows(db)).map(toMatchMentor);
}

export async function matchMentor(db: Db, userId: number): Promise<MatchMentor | undefined> {
  const row = await profileRow(db, userId);
  return row ? toMatchMentor(row) : undefined;
}
