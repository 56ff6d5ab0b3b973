import type { ConsentPurpose } from '../../../shared/domain/cases';
import {
  SHARING_CONSENT_FOR,
  type Language,
  type MatchBlocker,
  type MatchReason,
  type MentorSuggestion,
  type OrganisationKind,
  type ProductCategory,
} from '../../../shared/domain/mentoring';
import { thaiSortKey } from '../../../shared/thai/thai-sort-key';

/**
 * The ranking of mentors for a case, as pure functions of what the repositories read: the same
 * case and mentors give the same list on every PC (ADR 0021 explains the weights and the
 * tie-break). Nothing here reads the database or the clock.
 */
export const MATCH_WEIGHTS = {
  skills: 40,
  product_category: 15,
  place: 20,
  language: 10,
  load: 10,
  availability: 5,
} as const;

/** An online-only mentor for a person who can take a video call, and for one who cannot. */
export const ONLINE_POINTS = { reachable: 12, unreachable: 4 } as const;

export interface MatchMentor {
  userId: number;
  fullName: string;
  /** The account may still sign in (disabled accounts are inactive here). */
  accountActive: boolean;
  organisationKind: OrganisationKind;
  organisationName: string;
  isExternal: boolean;
  skills: readonly string[];
  categories: readonly ProductCategory[];
  provinceIds: readonly number[];
  onlineOnly: boolean;
  languages: readonly Language[];
  capacity: number;
  activeMentees: number;
  availableFrom: string | null;
  availableUntil: string | null;
  active: boolean;
}

export interface MatchCase {
  caseId: number;
  currentMentorId: number | null;
  needs: readonly string[];
  productCategory: ProductCategory | null;
  /** The province of the person's current address. */
  provinceId: number | null;
  hasSmartphone: boolean;
  hasInternet: boolean;
  languages: readonly Language[];
  /** Purposes the person's consent stands for now. */
  granted: ReadonlySet<ConsentPurpose>;
}

/**
 * What the beneficiary must have agreed to before this mentor sees their case: the programme
 * always; an outside mentor also the sharing purpose of their organisation (PDPA s.19, 27).
 */
export function requiredConsents(mentor: Pick<MatchMentor, 'isExternal' | 'organisationKind'>) {
  const purposes: ConsentPurpose[] = ['programme'];
  const sharing = SHARING_CONSENT_FOR[mentor.organisationKind];
  if (mentor.isExternal && sharing !== 'programme') purposes.push(sharing);
  return purposes;
}

export function hasRequiredConsents(
  mentor: Pick<MatchMentor, 'isExternal' | 'organisationKind'>,
  granted: ReadonlySet<ConsentPurpose>,
): boolean {
  return requiredConsents(mentor).every((purpose) => granted.has(purpose));
}

export function isAvailableOn(
  mentor: Pick<MatchMentor, 'availableFrom' | 'availableUntil'>,
  day: string,
): boolean {
  if (mentor.availableFrom !== null && day < mentor.availableFrom) return false;
  if (mentor.availableUntil !== null && day > mentor.availableUntil) return false;
  return true;
}

export function isMentorActive(mentor: Pick<MatchMentor, 'active' | 'accountActive'>): boolean {
  return mentor.active && mentor.accountActive;
}

/** At or over capacity: assigning needs a reason. */
export function isFull(activeMentees: number, capacity: number): boolean {
  return activeMentees >= capacity;
}

function skillsReason(matchCase: MatchCase, mentor: MatchMentor): MatchReason {
  const max = MATCH_WEIGHTS.skills;
  if (matchCase.needs.length === 0)
    // Nothing recorded says nothing for or against anyone: every mentor gets the same half.
    return {
      criterion: 'skills',
      verdict: 'no_needs',
      points: max / 2,
      maxPoints: max,
      params: {},
    };
  const held = new Set(mentor.skills);
  const matched = matchCase.needs.filter((need) => held.has(need));
  const points = Math.round((max * matched.length) / matchCase.needs.length);
  const verdict =
    matched.length === matchCase.needs.length ? 'matched' : matched.length > 0 ? 'partial' : 'none';
  return {
    criterion: 'skills',
    verdict,
    points,
    maxPoints: max,
    params: { matched, needed: matchCase.needs.length },
  };
}

function categoryReason(matchCase: MatchCase, mentor: MatchMentor): MatchReason {
  const max = MATCH_WEIGHTS.product_category;
  const category = matchCase.productCategory;
  if (category === null)
    return {
      criterion: 'product_category',
      verdict: 'not_recorded',
      points: Math.floor(max / 2),
      maxPoints: max,
      params: {},
    };
  const matched = mentor.categories.includes(category);
  return {
    criterion: 'product_category',
    verdict: matched ? 'matched' : 'none',
    points: matched ? max : 0,
    maxPoints: max,
    params: { category },
  };
}

function placeReason(matchCase: MatchCase, mentor: MatchMentor): MatchReason {
  const max = MATCH_WEIGHTS.place;
  const province = matchCase.provinceId;
  if (province !== null && mentor.provinceIds.includes(province))
    return {
      criterion: 'place',
      verdict: 'same_province',
      points: max,
      maxPoints: max,
      params: { provinceId: province },
    };
  if (mentor.onlineOnly) {
    const reachable = matchCase.hasSmartphone && matchCase.hasInternet;
    return {
      criterion: 'place',
      verdict: reachable ? 'online' : 'online_without_device',
      points: reachable ? ONLINE_POINTS.reachable : ONLINE_POINTS.unreachable,
      maxPoints: max,
      params: {},
    };
  }
  return {
    criterion: 'place',
    verdict: province === null ? 'province_unknown' : 'other_province',
    points: 0,
    maxPoints: max,
    params: province === null ? {} : { provinceId: province },
  };
}

function languageReason(matchCase: MatchCase, mentor: MatchMentor): MatchReason {
  const max = MATCH_WEIGHTS.language;
  const shared = matchCase.languages.filter((language) => mentor.languages.includes(language));
  return {
    criterion: 'language',
    verdict: shared.length > 0 ? 'shared' : 'none',
    points: shared.length > 0 ? max : 0,
    maxPoints: max,
    params: { languages: shared },
  };
}

function loadReason(activeMentees: number, capacity: number): MatchReason {
  const max = MATCH_WEIGHTS.load;
  const params = { active: activeMentees, capacity };
  if (isFull(activeMentees, capacity))
    return { criterion: 'load', verdict: 'over_capacity', points: 0, maxPoints: max, params };
  const points = Math.round((max * (capacity - activeMentees)) / capacity);
  return { criterion: 'load', verdict: 'has_room', points, maxPoints: max, params };
}

function availabilityReason(mentor: MatchMentor, today: string): MatchReason {
  const max = MATCH_WEIGHTS.availability;
  const params: Record<string, string> = {};
  if (mentor.availableFrom !== null) params['from'] = mentor.availableFrom;
  if (mentor.availableUntil !== null) params['until'] = mentor.availableUntil;
  const available = isAvailableOn(mentor, today);
  return {
    criterion: 'availability',
    verdict: available ? 'available' : 'unavailable',
    points: available ? max : 0,
    maxPoints: max,
    params,
  };
}

/**
 * One mentor scored for one case. `extraLoad` counts cases given to them earlier in the same
 * batch (bulk assignment), so a batch spreads over mentors as one-by-one assignment would.
 */
export function scoreMentor(
  matchCase: MatchCase,
  mentor: MatchMentor,
  today: string,
  extraLoad = 0,
): MentorSuggestion {
  const activeMentees = mentor.activeMentees + extraLoad;
  const reasons = [
    skillsReason(matchCase, mentor),
    categoryReason(matchCase, mentor),
    placeReason(matchCase, mentor),
    languageReason(matchCase, mentor),
    loadReason(activeMentees, mentor.capacity),
    availabilityReason(mentor, today),
  ];
  const blockers: MatchBlocker[] = [];
  if (!hasRequiredConsents(mentor, matchCase.granted)) blockers.push('no_sharing_consent');
  if (!isMentorActive(mentor)) blockers.push('mentor_inactive');
  if (!isAvailableOn(mentor, today)) blockers.push('unavailable');
  if (matchCase.currentMentorId === mentor.userId) blockers.push('current_mentor');
  return {
    mentorId: mentor.userId,
    fullName: mentor.fullName,
    organisationKind: mentor.organisationKind,
    organisationName: mentor.organisationName,
    isExternal: mentor.isExternal,
    score: reasons.reduce((sum, reason) => sum + reason.points, 0),
    rank: 0,
    activeMentees,
    capacity: mentor.capacity,
    overCapacity: isFull(activeMentees, mentor.capacity),
    reasons,
    blockers,
  };
}

/**
 * Code-point order, as SQLite's BINARY collation compares the stored sort keys. UTF-16 order
 * differs from it only where a surrogate pair meets a character above U+E000, so the first
 * differing position is compared by code point.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}

/**
 * Sort keys of names already seen: a key depends only on the name, and ranking 2,000 mentors
 * again for the next case should not recompute 2,000 keys. Bounded, so it cannot grow without end.
 */
const sortKeys = new Map<string, string>();
const SORT_KEYS_MAX = 20_000;

function sortKeyOf(name: string): string {
  let key = sortKeys.get(name);
  if (key === undefined) {
    key = thaiSortKey(name);
    if (sortKeys.size >= SORT_KEYS_MAX) sortKeys.clear();
    sortKeys.set(name, key);
  }
  return key;
}

/**
 * The tie-break, in order: higher score; lower load (active ÷ capacity, compared exactly as
 * fractions); the name in Thai order (the stored sort key of ADR 0016, so every PC agrees);
 * the lower account id. Sort keys are looked up only when a tie reaches the name.
 */
export function compareSuggestions(a: MentorSuggestion, b: MentorSuggestion): number {
  return (
    b.score - a.score ||
    a.activeMentees * b.capacity - b.activeMentees * a.capacity ||
    compareCodePoints(sortKeyOf(a.fullName), sortKeyOf(b.fullName)) ||
    a.mentorId - b.mentorId
  );
}

/**
 * The list the screen shows: the best `limit` mentors who can take the case, ranked 1…n, then
 * the blocked ones who would have ranked among them (unranked, rank 0), so the clerk sees why
 * an expected mentor is missing. Only mentors scoring at least the `limit`-th best assignable
 * score can be shown, so only they are sorted.
 */
export function rankSuggestions(
  scored: readonly MentorSuggestion[],
  limit: number,
): MentorSuggestion[] {
  const assignableScores = scored
    .filter((s) => s.blockers.length === 0)
    .map((s) => s.score)
    .sort((a, b) => b - a);
  const threshold =
    assignableScores.length >= limit ? assignableScores[limit - 1]! : Number.NEGATIVE_INFINITY;
  const ordered = scored.filter((s) => s.score >= threshold).sort(compareSuggestions);
  const assignable: MentorSuggestion[] = [];
  const blocked: MentorSuggestion[] = [];
  for (const suggestion of ordered) {
    if (assignable.length >= limit) break;
    if (suggestion.blockers.length === 0)
      assignable.push({ ...suggestion, rank: assignable.length + 1 });
    else if (blocked.length < limit) blocked.push(suggestion);
  }
  return [...assignable, ...blocked];
}

/**
 * The best mentor who can take the case now: the best one with room, or, when everyone is full,
 * the best one at all (assigning them then needs the over-capacity reason). Undefined when every
 * mentor is blocked.
 */
export function bestAssignable(scored: readonly MentorSuggestion[]): MentorSuggestion | undefined {
  const compare = compareSuggestions;
  let best: MentorSuggestion | undefined;
  for (const suggestion of scored) {
    if (suggestion.blockers.length > 0) continue;
    if (
      !best ||
      (best.overCapacity && !suggestion.overCapacity) ||
      (best.overCapacity === suggestion.overCapacity && compare(suggestion, best) < 0)
    )
      best = suggestion;
  }
  return best;
}
