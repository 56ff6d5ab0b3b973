import type { CaseStatus } from '../../../../shared/domain/cases';
import { paramsFromQuery } from '../cases/case-list-params';
import type { CaseListQuery } from '../cases/cases-queries';

/**
 * Where each figure leads: the case list (`/cases?…`) with the filters that select the cases
 * behind it. The list reads them from the address (case-list-params.ts) and shows them as chips.
 */
export const OPEN_STATUSES: CaseStatus[] = ['intake', 'active', 'mentoring'];

const NO_FILTERS: CaseListQuery = {
  text: '',
  statuses: [],
  targetGroup: null,
  department: null,
  flagshipProject: null,
  provinceId: null,
  mentorId: null,
  intakeFrom: null,
  intakeTo: null,
  sort: 'intake_newest',
};

export function casesLink(filters: Partial<CaseListQuery>): string {
  const params = paramsFromQuery({ ...NO_FILTERS, ...filters });
  const search = params.toString();
  return search ? `/cases?${search}` : '/cases';
}

export type Measure = 'intake' | 'open' | 'all';

/** A day range of the year (or of a month or a quarter). */
export interface DayRange {
  first: string;
  last: string;
}

/** The filters of one measure: taken in during `range`, or open now, or (statuses) all now. */
export function measureFilters(measure: Measure, range: DayRange): Partial<CaseListQuery> {
  if (measure === 'intake') return { intakeFrom: range.first, intakeTo: range.last };
  if (measure === 'open') return { statuses: OPEN_STATUSES };
  return {};
}
