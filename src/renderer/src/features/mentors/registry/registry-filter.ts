import type { MentorListItem, OrganisationKind } from '../../../../../shared/domain/mentoring';

export interface RegistryFilter {
  text: string;
  kind: OrganisationKind | null;
  skill: string | null;
}

export const NO_FILTER: RegistryFilter = { text: '', kind: null, skill: null };

/** The registry is small (hundreds at most, in one answer): it is filtered on the screen. */
export function filterMentors(
  mentors: readonly MentorListItem[],
  { text, kind, skill }: RegistryFilter,
): MentorListItem[] {
  const needle = text.trim().toLocaleLowerCase('th');
  return mentors.filter(
    (mentor) =>
      (needle === '' ||
        mentor.fullName.toLocaleLowerCase('th').includes(needle) ||
        mentor.organisationName.toLocaleLowerCase('th').includes(needle)) &&
      (kind === null || (mentor.hasProfile && mentor.organisationKind === kind)) &&
      (skill === null || mentor.skills.includes(skill)),
  );
}
