import {
  CASE_STATUSES,
  DEPARTMENTS,
  FLAGSHIP_PROJECTS,
  TARGET_GROUPS,
  isOpenStatus,
} from '../../../shared/domain/cases';
import {
  DASHBOARD_TOP_MENTORS,
  DASHBOARD_TOP_PROVINCES,
  fiscalMonthsFrom,
  type Cohort,
  type CohortOutcome,
  type Dashboard,
  type DashboardCount,
  type DashboardYears,
  type MentorCount,
  type ProvinceCount,
  type RankedCounts,
} from '../../../shared/domain/dashboard';
import { MILESTONE_KINDS, type MilestoneKind } from '../../../shared/domain/mentoring';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import {
  fiscalQuarterBounds,
  fiscalYearBounds,
  fiscalYearOf,
  fiscalYearsBetween,
  type FiscalQuarter,
} from '../../../shared/thai/fiscal-year';
import { compareThai } from '../../../shared/thai/thai-collation';
import type { SignedInCall } from '../call/call-context';
import {
  cohortIncomes,
  cohortMilestones,
  crossCounts,
  intakeRange,
  mentorCounts,
  mentorNames,
  milestonesInYear,
  monthCounts,
  provinceNames,
  targetGroupCounts,
  type CohortMilestoneRow,
  type CrossRow,
} from './dashboard-repository';
import { median } from './median';

/**
 * The dashboard of one fiscal year: seven grouped queries (see the repository), folded here into
 * the answer. Aggregates only, yet each view writes `dashboard.viewed` with the year: access to
 * the programme's figures is recorded like any other read.
 */
export async function dashboard(call: SignedInCall, fiscalYear: number): Promise<Dashboard> {
  const year = fiscalYearBounds(fiscalYear);
  const months = fiscalMonthsFrom(year.first);
  const quarters = QUARTERS.map((quarter) => fiscalQuarterBounds(fiscalYear, quarter));
  const [cross, mentors, groups, monthRows, reached, cohortReached, incomes] = await Promise.all([
    crossCounts(call.db, year),
    mentorCounts(call.db, year),
    targetGroupCounts(call.db, year),
    monthCounts(call.db, months, year),
    milestonesInYear(call.db, year),
    cohortMilestones(call.db, quarters),
    cohortIncomes(call.db, year),
  ]);
  const rows = cross.map((row) => ({
    ...row,
    intake: Number(row.intake),
    total: Number(row.total),
  }));
  const totals = {
    intake: sum(rows, (row) => row.intake),
    open: sum(rows, (row) => (isOpenStatus(row.status) ? row.total : 0)),
    sessions: sum(monthRows, (row) => row.sessions),
  };

  const byProvince = await rankProvinces(call, rows);
  const byMentor = await rankMentors(call, mentors, totals);

  const milestonesInYearByKind = Object.fromEntries(
    MILESTONE_KINDS.map((kind) => [kind, 0]),
  ) as Record<MilestoneKind, number>;
  for (const row of reached) milestonesInYearByKind[row.kind] = Number(row.n);

  const answer: Dashboard = {
    fiscalYear,
    first: year.first,
    last: year.last,
    asOf: bangkokToday(call.clock.now()),
    totals,
    byTargetGroup: TARGET_GROUPS.map((targetGroup) => {
      const row = groups.find((g) => g.target_group === targetGroup);
      return { targetGroup, intake: Number(row?.intake ?? 0), open: Number(row?.open ?? 0) };
    }),
    byDepartment: DEPARTMENTS.map((department) => ({
      department,
      ...countOf(rows.filter((row) => row.department === department)),
    })),
    byFlagshipProject: FLAGSHIP_PROJECTS.map((flagshipProject) => ({
      flagshipProject,
      ...countOf(rows.filter((row) => row.flagship_project === flagshipProject)),
    })),
    byStatus: CASE_STATUSES.map((status) => {
      const of = rows.filter((row) => row.status === status);
      return { status, intake: sum(of, (row) => row.intake), all: sum(of, (row) => row.total) };
    }),
    byProvince,
    byMentor,
    months: monthRows,
    milestonesInYear: milestonesInYearByKind,
    cohorts: cohorts(fiscalYear, monthRows, cohortReached, incomes),
  };
  await call.audit.record({
    action: 'dashboard.viewed',
    outcome: 'success',
    actor: call.actor,
    details: { fiscalYear, intake: totals.intake, open: totals.open },
  });
  return answer;
}

/** The years that hold cases (by intake), newest first, and the current one always. */
export async function dashboardYears(call: SignedInCall): Promise<DashboardYears> {
  const current = fiscalYearOf(bangkokToday(call.clock.now()));
  const range = await intakeRange(call.db);
  const years = new Set([current]);
  if (range.first !== null && range.last !== null)
    for (const year of fiscalYearsBetween(range.first, range.last)) years.add(year);
  return { years: [...years].sort((a, b) => b - a), current };
}

type Cross = Omit<CrossRow, 'intake' | 'total'> & { intake: number; total: number };

function sum<T>(list: readonly T[], of: (item: T) => number): number {
  return list.reduce((total, item) => total + of(item), 0);
}

function countOf(rows: readonly Cross[]): DashboardCount {
  return {
    intake: sum(rows, (row) => row.intake),
    open: sum(rows, (row) => (isOpenStatus(row.status) ? row.total : 0)),
  };
}

/** Ranked by intake in the year, then open cases, then Thai order of the name. */
function byWeight(a: DashboardCount, b: DashboardCount): number {
  return b.intake - a.intake || b.open - a.open;
}

function rest<T extends DashboardCount>(list: readonly T[]): DashboardCount & { count: number } {
  return {
    count: list.length,
    intake: sum(list, (item) => item.intake),
    open: sum(list, (item) => item.open),
  };
}

async function rankProvinces(
  call: SignedInCall,
  rows: readonly Cross[],
): Promise<RankedCounts<ProvinceCount>> {
  const byId = new Map<number, Cross[]>();
  const none: Cross[] = [];
  for (const row of rows) {
    if (row.province_id === null) none.push(row);
    else byId.set(row.province_id, [...(byId.get(row.province_id) ?? []), row]);
  }
  const counted = [...byId].map(([provinceId, list]) => ({ provinceId, ...countOf(list) }));
  const names = new Map(
    (
      await provinceNames(
        call.db,
        counted.map((row) => row.provinceId),
      )
    ).map((row) => [row.id, row]),
  );
  const all = counted
    .filter((row) => row.intake > 0 || row.open > 0)
    .map((row) => ({
      ...row,
      nameTh: names.get(row.provinceId)?.name_th ?? '',
      nameEn: names.get(row.provinceId)?.name_en ?? '',
    }))
    .sort((a, b) => byWeight(a, b) || compareThai(a.nameTh, b.nameTh));
  return {
    top: all.slice(0, DASHBOARD_TOP_PROVINCES),
    other: rest(all.slice(DASHBOARD_TOP_PROVINCES)),
    none: countOf(none),
  };
}

async function rankMentors(
  call: SignedInCall,
  rows: readonly { mentor_id: number; intake: number; open: number }[],
  totals: DashboardCount,
): Promise<RankedCounts<MentorCount>> {
  const counted = rows
    .map((row) => ({ mentorId: row.mentor_id, intake: Number(row.intake), open: Number(row.open) }))
    .filter((row) => row.intake > 0 || row.open > 0);
  // Caseload first: "cases per mentor" is about who carries how many now.
  counted.sort((a, b) => b.open - a.open || b.intake - a.intake || a.mentorId - b.mentorId);
  const top = counted.slice(0, DASHBOARD_TOP_MENTORS);
  const names = new Map(
    (
      await mentorNames(
        call.db,
        top.map((row) => row.mentorId),
      )
    ).map((row) => [row.id, row.full_name]),
  );
  return {
    top: top
      .map((row) => ({ ...row, fullName: names.get(row.mentorId) ?? '' }))
      .sort(
        (a, b) => b.open - a.open || b.intake - a.intake || compareThai(a.fullName, b.fullName),
      ),
    other: rest(counted.slice(DASHBOARD_TOP_MENTORS)),
    none: {
      intake: totals.intake - sum(counted, (row) => row.intake),
      open: totals.open - sum(counted, (row) => row.open),
    },
  };
}

const QUARTERS: readonly FiscalQuarter[] = [1, 2, 3, 4];
const QUARTER_OF_MONTH_INDEX: readonly FiscalQuarter[] = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4];

function cohorts(
  fiscalYear: number,
  months: readonly { month: string; intake: number }[],
  reached: readonly CohortMilestoneRow[],
  incomes: readonly { intake_date: string; before: number; after: number }[],
): CohortOutcome[] {
  const quarterOfMonth = new Map(
    months.map((row, index) => [row.month, QUARTER_OF_MONTH_INDEX[index]!]),
  );
  const year = fiscalYearBounds(fiscalYear);
  const outcome = (cohort: Cohort, quarter: FiscalQuarter | null): CohortOutcome => {
    const bounds = quarter === null ? year : fiscalQuarterBounds(fiscalYear, quarter);
    const inCohort = (month: string) => quarter === null || quarterOfMonth.get(month) === quarter;
    const people = incomes.filter((row) => inCohort(row.intake_date.slice(0, 7)));
    const milestones = (kind: MilestoneKind) => {
      const row = reached.find((each) => each.kind === kind);
      if (!row) return 0;
      const of = quarter === null ? QUARTERS : [quarter];
      return sum(of, (q) => Number(row[`q${q}`]));
    };
    return {
      cohort,
      first: bounds.first,
      last: bounds.last,
      cases: sum(
        months.filter((row) => inCohort(row.month)),
        (row) => row.intake,
      ),
      shopOpened: milestones('shop_opened'),
      firstOrder: milestones('first_order'),
      withIncome: people.length,
      medianIncomeBeforeSatang: median(people.map((row) => Number(row.before))),
      medianIncomeAfterSatang: median(people.map((row) => Number(row.after))),
    };
  };
  return [
    outcome('year', null),
    outcome('q1', 1),
    outcome('q2', 2),
    outcome('q3', 3),
    outcome('q4', 4),
  ];
}
