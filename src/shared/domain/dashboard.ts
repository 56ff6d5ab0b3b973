import { z } from 'zod';
import type { CaseStatus, Department, FlagshipProject, TargetGroup } from './cases';
import type { MilestoneKind } from './mentoring';

/**
 * The programme dashboard (issue 11): counts by fiscal year (ปีงบประมาณ, 1 Oct – 30 Sep, named by
 * the พ.ศ. year it ends). Aggregates only: no beneficiary's name, ID or contact is in the answer;
 * mentors (staff) appear by id and name because "cases per mentor" is about them.
 *
 * Two measures per breakdown: `intake`, the cases taken in during the fiscal year (their
 * `intake_date`), and `open`, the cases open now (status intake, active or mentoring) whatever
 * year they were taken in — today's caseload, the same whichever year is selected. See ADR 0029.
 */

/** พ.ศ. years the schema accepts: wide enough for any office's data, narrow enough to refuse junk. */
export const FISCAL_YEAR_MIN = 2500;
export const FISCAL_YEAR_MAX = 2700;

export const dashboardQuerySchema = z.strictObject({
  fiscalYear: z.number().int().min(FISCAL_YEAR_MIN).max(FISCAL_YEAR_MAX),
});
export type DashboardQuery = z.input<typeof dashboardQuerySchema>;

/** How many provinces and mentors are named; the rest are summed as "other". */
export const DASHBOARD_TOP_PROVINCES = 10;
export const DASHBOARD_TOP_MENTORS = 10;

export interface DashboardCount {
  /** Taken in during the fiscal year. */
  intake: number;
  /** Open now (intake, active or mentoring), taken in any year. */
  open: number;
}

export interface TargetGroupCount extends DashboardCount {
  targetGroup: TargetGroup;
}
export interface DepartmentCount extends DashboardCount {
  department: Department;
}
export interface FlagshipProjectCount extends DashboardCount {
  flagshipProject: FlagshipProject;
}
export interface StatusCount {
  status: CaseStatus;
  /** Cases taken in during the fiscal year that have this status now. */
  intake: number;
  /** All cases that have this status now. */
  all: number;
}
export interface ProvinceCount extends DashboardCount {
  provinceId: number;
  nameTh: string;
  nameEn: string;
}
export interface MentorCount extends DashboardCount {
  mentorId: number;
  fullName: string;
}

/** The top ones by name, the rest summed. */
export interface RankedCounts<T> {
  top: T[];
  /** Everything not in `top`: how many of them and their sums. */
  other: DashboardCount & { count: number };
  /** Cases without one (no province recorded, no mentor yet). */
  none: DashboardCount;
}

export interface MonthCount {
  /** `YYYY-MM` (ค.ศ.), the fiscal year's twelve months in order, October first. */
  month: string;
  /** Cases taken in that month. */
  intake: number;
  /** Advisory sessions held that month (a corrected session counts once, as its correction). */
  sessions: number;
}

export const COHORTS = ['year', 'q1', 'q2', 'q3', 'q4'] as const;
export type Cohort = (typeof COHORTS)[number];

/**
 * The outcomes of the cases taken in during the year (`year`) or one of its quarters. Milestones
 * count whenever they were reached. The incomes compare the same people: those with at least one
 * monthly figure, their income at intake against their latest recorded month.
 */
export interface CohortOutcome {
  cohort: Cohort;
  /** Intake dates of the cohort, inclusive (ISO, ค.ศ.). */
  first: string;
  last: string;
  cases: number;
  shopOpened: number;
  firstOrder: number;
  /** Cases with at least one monthly figure: the people behind the two medians. */
  withIncome: number;
  medianIncomeBeforeSatang: number | null;
  medianIncomeAfterSatang: number | null;
}

export interface Dashboard {
  fiscalYear: number;
  /** The fiscal year's first and last days (ISO, ค.ศ.). */
  first: string;
  last: string;
  /** Today in Bangkok: what "open now" means. */
  asOf: string;
  totals: {
    intake: number;
    open: number;
    /** Advisory sessions held in the fiscal year. */
    sessions: number;
  };
  byTargetGroup: TargetGroupCount[];
  byDepartment: DepartmentCount[];
  byFlagshipProject: FlagshipProjectCount[];
  byStatus: StatusCount[];
  byProvince: RankedCounts<ProvinceCount>;
  byMentor: RankedCounts<MentorCount>;
  months: MonthCount[];
  /** Milestones reached during the fiscal year, whatever year the case was taken in. */
  milestonesInYear: Record<MilestoneKind, number>;
  cohorts: CohortOutcome[];
}

export interface DashboardYears {
  /** Fiscal years with cases, newest first, always including the current one. */
  years: number[];
  current: number;
}

export interface FiscalMonth {
  /** `YYYY-MM` (ค.ศ.). */
  month: string;
  first: string;
  last: string;
  /** The first day of the next month (the end of a half-open range). */
  next: string;
}

/** The twelve months of a fiscal year, October first; `yearFirst` is its first day (1 October). */
export function fiscalMonthsFrom(yearFirst: string): FiscalMonth[] {
  const startYear = Number(yearFirst.slice(0, 4));
  return Array.from({ length: 12 }, (_, index) => {
    const zeroBased = 9 + index;
    const year = startYear + Math.floor(zeroBased / 12);
    const month = (zeroBased % 12) + 1;
    const nextYear = month === 12 ? year + 1 : year;
    const nextMonth = month === 12 ? 1 : month + 1;
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return {
      month: ym,
      first: `${ym}-01`,
      last: `${ym}-${String(days).padStart(2, '0')}`,
      next: `${nextYear}-${String(nextMonth).padStart(2, '0')}-01`,
    };
  });
}
