import type { TFunction } from 'i18next';
import type {
  MatchBlocker,
  MatchReason,
  OrganisationKind,
} from '../../../../shared/domain/mentoring';

type MentorsT = TFunction<['mentors', 'cases', 'shell']>;

export interface MatchWordsContext {
  t: MentorsT;
  skillLabel: (code: string) => string;
  provinceName: (id: number) => string;
  /** "a, b" in the screen's language. */
  list: (items: string[]) => string;
  /** Whether the catalogue has a key (a verdict the core added later may not be there yet). */
  exists: (key: string) => boolean;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : undefined;

/**
 * One line of a suggestion's score in words. The core sends codes and numbers only
 * (`MatchReason.params`): skills as `matched` (codes) and `needed`, the language as `languages`
 * (codes), the category as `category`, the province as `provinceId`, the load as `active` and
 * `capacity`. A verdict this screen does not know yet is still shown, with its points.
 */
export function matchReasonWords(reason: MatchReason, context: MatchWordsContext): string {
  const { t, skillLabel, provinceName, list, exists } = context;
  const { params } = reason;
  const key = `match.${reason.criterion}.${reason.verdict}`;
  const values: Record<string, string | number> = {};
  const matched = strings(params.matched);
  values.count = numberOf(params.count) ?? matched.length;
  values.needed = numberOf(params.needed) ?? matched.length;
  values.names = list(
    reason.criterion === 'language'
      ? strings(params.languages).map((code) => t(`cases:codes.languages.${code}`, code))
      : matched.map(skillLabel),
  );
  if (typeof params.category === 'string')
    values.category = t(`cases:codes.productCategories.${params.category}`, params.category);
  const provinceId = numberOf(params.provinceId);
  if (provinceId !== undefined) values.province = provinceName(provinceId);
  values.active = numberOf(params.active) ?? 0;
  values.capacity = numberOf(params.capacity) ?? 0;
  if (exists(`mentors:${key}`)) return t(key as 'match.skills.matched', values);
  return t('match.other', {
    criterion: t(`match.criteria.${reason.criterion}`),
    points: reason.points,
    maxPoints: reason.maxPoints,
  });
}

/** Why a mentor cannot take the case, in the words of the consent the case lacks. */
export function blockerWords(
  blocker: MatchBlocker,
  organisationKind: OrganisationKind,
  t: MentorsT,
): string {
  if (blocker === 'no_sharing_consent') return t(`blockers.no_sharing_consent.${organisationKind}`);
  return t(`blockers.${blocker}`);
}
