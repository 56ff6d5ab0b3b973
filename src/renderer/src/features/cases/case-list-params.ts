import {
  CASE_SORTS,
  CASE_STATUSES,
  DEPARTMENTS,
  FLAGSHIP_PROJECTS,
  TARGET_GROUPS,
  type CaseSort,
} from '../../../../shared/domain/cases';
import { MILESTONE_KINDS } from '../../../../shared/domain/mentoring';
import { isIsoDate } from '../../../../shared/thai';
import type { CaseListQuery } from './cases-queries';

/**
 * The list's search lives in the address (`/cases?q=สม&status=active&sort=name`) so that Back from
 * a case file returns to the same list. Anything unknown in the address is dropped, not sent:
 * main would refuse the whole query for one stale value.
 */
export const DEFAULT_SORT: CaseSort = 'intake_newest';

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

function positiveId(value: string | null, allowZero = false): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 || (allowZero && id === 0) ? id : null;
}

function isoDate(value: string | null): string | null {
  return value && isIsoDate(value) ? value : null;
}

export function queryFromParams(params: URLSearchParams): CaseListQuery {
  const from = params.get('from');
  const to = params.get('to');
  return {
    // The dashboard's click-through filters (issue 11); absent unless the address holds them.
    ...outcomeFromParams(params),
    text: (params.get('q') ?? '').slice(0, 100),
    statuses: [...new Set(params.getAll('status'))].flatMap(
      (status) => oneOf(CASE_STATUSES, status) ?? [],
    ),
    targetGroup: oneOf(TARGET_GROUPS, params.get('group')),
    department: oneOf(DEPARTMENTS, params.get('department')),
    flagshipProject: oneOf(FLAGSHIP_PROJECTS, params.get('project')),
    provinceId: positiveId(params.get('province')),
    mentorId: positiveId(params.get('mentor'), true),
    intakeFrom: from && isIsoDate(from) ? from : null,
    intakeTo: to && isIsoDate(to) ? to : null,
    sort: oneOf(CASE_SORTS, params.get('sort')) ?? DEFAULT_SORT,
  };
}

export function paramsFromQuery(query: CaseListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.text.trim()) params.set('q', query.text.trim());
  for (const status of query.statuses ?? []) params.append('status', status);
  if (query.targetGroup) params.set('group', query.targetGroup);
  if (query.department) params.set('department', query.department);
  if (query.flagshipProject) params.set('project', query.flagshipProject);
  if (query.provinceId !== null && query.provinceId !== undefined) {
    params.set('province', String(query.provinceId));
  }
  if (query.mentorId !== null && query.mentorId !== undefined) {
    params.set('mentor', String(query.mentorId));
  }
  if (query.intakeFrom) params.set('from', query.intakeFrom);
  if (query.intakeTo) params.set('to', query.intakeTo);
  if (query.milestone) params.set('milestone', query.milestone);
  if (query.milestoneFrom) params.set('milestoneFrom', query.milestoneFrom);
  if (query.milestoneTo) params.set('milestoneTo', query.milestoneTo);
  if (query.sessionFrom) params.set('sessionFrom', query.sessionFrom);
  if (query.sessionTo) params.set('sessionTo', query.sessionTo);
  if (query.withIncome) params.set('income', '1');
  if (query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  return params;
}

/** Only the fields present, so a list opened without them sends exactly what it sent before. */
function outcomeFromParams(params: URLSearchParams): Partial<CaseListQuery> {
  const query: Partial<CaseListQuery> = {};
  const milestone = oneOf(MILESTONE_KINDS, params.get('milestone'));
  if (milestone) query.milestone = milestone;
  const dates = ['milestoneFrom', 'milestoneTo', 'sessionFrom', 'sessionTo'] as const;
  for (const name of dates) {
    const value = isoDate(params.get(name));
    if (value) query[name] = value;
  }
  if (params.get('income') === '1') query.withIncome = true;
  return query;
}

/** Whether the clerk narrowed the list at all (to tell "no cases yet" from "no match"). */
export function isFiltered(query: CaseListQuery): boolean {
  const params = paramsFromQuery(query);
  params.delete('sort');
  return params.size > 0;
}
