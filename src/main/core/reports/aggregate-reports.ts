import { sql } from 'kysely';
import {
  REFERRAL_STATUS_COLUMNS,
  type ReportCell,
  type ReportLanguage,
} from '../../../shared/domain/reports';
import type { ReferralStatus } from '../../../shared/domain/documents';
import { bangkokDateRangeUtc } from '../../../shared/thai/bangkok-time';
import { fiscalQuarterOf, fiscalYearBounds } from '../../../shared/thai/fiscal-year';
import { compareThai } from '../../../shared/thai/thai-collation';
import { reportDate } from './personal-reports';
import { wholeRun, type ReportDb, type ReportRequest, type ReportRun } from './report-run';

/*
 * The count reports: one row per mentor, cohort quarter or agency. They name staff and agencies,
 * never beneficiaries, so they need only `reports.read` and no consent filter (counts include
 * everyone, as the ministry's figures must).
 */

function casesFilter(request: ReportRequest) {
  const { provinceId, department } = request.filters;
  return sql.join(
    [
      sql`1 = 1`,
      ...(provinceId === null ? [] : [sql`c.province_id = ${provinceId}`]),
      ...(department === null ? [] : [sql`c.department = ${department}`]),
    ],
    sql` and `,
  );
}

/**
 * Per mentor, the sessions held in the fiscal year: mentees, sessions, hours and the last date.
 * A session later corrected counts once, as its correction (the corrected entry is left out).
 */
export async function mentoringActivity(db: ReportDb, request: ReportRequest): Promise<ReportRun> {
  const { first, last } = fiscalYearBounds(request.filters.fiscalYear);
  const { rows } = await sql<{
    mentor: string | null;
    mentees: number;
    sessions: number;
    minutes: number;
    last_on: string;
  }>`
    select u.full_name as mentor, count(distinct s.case_id) as mentees, count(*) as sessions,
      sum(s.duration_minutes) as minutes, max(s.held_on) as last_on
    from advisory_sessions s
    join cases c on c.id = s.case_id
    left join users u on u.id = s.mentor_id
    where s.held_on >= ${first} and s.held_on <= ${last} and ${casesFilter(request)}
      and not exists (select 1 from advisory_sessions later where later.corrects_session_id = s.id)
    group by s.mentor_id
  `.execute(db);
  return wholeRun(
    rows
      .map((row): ReportCell[] => [
        row.mentor ?? '',
        row.mentees,
        row.sessions,
        Math.round(row.minutes / 6) / 10,
        reportDate(row.last_on),
      ])
      .sort((a, b) => compareThai(String(a[0]), String(b[0]))),
  );
}

const QUARTER_LABEL: Readonly<Record<ReportLanguage, (fy: number, q: number) => string>> = {
  th: (fy, q) => `ปีงบ ${fy} ไตรมาส ${q}`,
  en: (fy, q) => `FY ${fy} Q${q}`,
};
const TOTAL_LABEL: Readonly<Record<ReportLanguage, string>> = { th: 'รวม', en: 'Total' };

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface CohortCase {
  intake_date: string;
  income_before: number;
  shop_opened: number;
  first_order: number;
  income_after: number | null;
}

/**
 * Per cohort: the cases taken in each quarter of the fiscal year, and a total row. Shops opened
 * and first orders count cases with that milestone at any date; income before is the monthly
 * income recorded at intake, after is the newest month's recorded income (cases without one are
 * left out of that median). Money in baht.
 */
export async function cohortOutcomes(db: ReportDb, request: ReportRequest): Promise<ReportRun> {
  const { fiscalYear } = request.filters;
  const { first, last } = fiscalYearBounds(fiscalYear);
  const { rows } = await sql<CohortCase>`
    select c.intake_date, c.monthly_income_satang as income_before,
      exists (select 1 from outcome_milestones m where m.case_id = c.id and m.kind = 'shop_opened')
        as shop_opened,
      exists (select 1 from outcome_milestones m where m.case_id = c.id and m.kind = 'first_order')
        as first_order,
      (select o.income_satang from outcome_months o where o.case_id = c.id
        order by o.month desc limit 1) as income_after
    from cases c
    where c.intake_date >= ${first} and c.intake_date <= ${last} and ${casesFilter(request)}
  `.execute(db);
  const groups: CohortCase[][] = [[], [], [], []];
  for (const row of rows) groups[fiscalQuarterOf(row.intake_date).quarter - 1]!.push(row);
  const line = (label: string, cases: readonly CohortCase[]): ReportCell[] => [
    label,
    cases.length,
    cases.filter((c) => c.shop_opened === 1).length,
    cases.filter((c) => c.first_order === 1).length,
    baht(median(cases.map((c) => c.income_before))),
    baht(median(cases.flatMap((c) => (c.income_after === null ? [] : [c.income_after])))),
  ];
  const language = request.language;
  return wholeRun([
    ...groups.map((cases, index) => line(QUARTER_LABEL[language](fiscalYear, index + 1), cases)),
    line(TOTAL_LABEL[language], rows),
  ]);
}

function baht(satang: number | null): number | null {
  return satang === null ? null : Math.round(satang) / 100;
}

/**
 * Referrals made in the fiscal year (their creation, a Bangkok date), per agency and status,
 * with a total column, agencies in Thai order and a total row.
 */
export async function referralsByStatus(db: ReportDb, request: ReportRequest): Promise<ReportRun> {
  const { first, last } = fiscalYearBounds(request.filters.fiscalYear);
  const range = bangkokDateRangeUtc(first, last);
  const { rows } = await sql<{ agency: string; status: ReferralStatus; count: number }>`
    select a.name as agency, r.status, count(*) as count
    from referrals r
    join cases c on c.id = r.case_id
    join agencies a on a.id = r.agency_id
    where r.created_at >= ${range.start} and r.created_at < ${range.endExclusive}
      and ${casesFilter(request)}
    group by r.agency_id, r.status
  `.execute(db);
  const byAgency = new Map<string, Map<ReferralStatus, number>>();
  for (const row of rows) {
    const counts = byAgency.get(row.agency) ?? new Map<ReferralStatus, number>();
    counts.set(row.status, (counts.get(row.status) ?? 0) + row.count);
    byAgency.set(row.agency, counts);
  }
  const line = (label: string, counts: Map<ReferralStatus, number>): ReportCell[] => {
    const cells = REFERRAL_STATUS_COLUMNS.map((status) => counts.get(status) ?? 0);
    return [label, ...cells, cells.reduce((sum, n) => sum + n, 0)];
  };
  const totals = new Map<ReferralStatus, number>();
  for (const counts of byAgency.values())
    for (const [status, n] of counts) totals.set(status, (totals.get(status) ?? 0) + n);
  const agencies = [...byAgency.keys()].sort(compareThai);
  if (agencies.length === 0) return wholeRun([]);
  return wholeRun([
    ...agencies.map((agency) => line(agency, byAgency.get(agency)!)),
    line(TOTAL_LABEL[request.language], totals),
  ]);
}
