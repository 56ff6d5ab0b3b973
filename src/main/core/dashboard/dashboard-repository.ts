import { sql, type Kysely } from 'kysely';
import type {
  CaseStatus,
  Department,
  FlagshipProject,
  TargetGroup,
} from '../../../shared/domain/cases';
import type { MilestoneKind } from '../../../shared/domain/mentoring';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/**
 * The dashboard's SQL: a handful of grouped queries, each one pass over an index, whatever the
 * number of cases or sessions (figures: `npm run bench -- --only dashboard`). Every count is done
 * by SQLite; JavaScript only folds the few grouped rows. `year` is the fiscal year's first and
 * last day (ISO), compared with the stored calendar days (`intake_date`, `held_on`,
 * `occurred_on`), which are already Bangkok days. Migration 0013 adds the indexes. ADR 0029.
 */
export interface YearBounds {
  first: string;
  last: string;
}

const OPEN = sql`('intake', 'active', 'mentoring')`;

function inYear(column: string, year: YearBounds) {
  return sql<number>`sum(CASE WHEN ${sql.ref(column)} BETWEEN ${year.first} AND ${year.last} THEN 1 ELSE 0 END)`;
}

export interface CrossRow {
  department: Department;
  flagship_project: FlagshipProject;
  status: CaseStatus;
  province_id: number | null;
  intake: number;
  total: number;
}

/**
 * Every case counted once by department, project, status and province (a few hundred groups),
 * read from the covering index `cases_dashboard`: the four breakdowns and the status counts are
 * folded from these rows.
 */
export function crossCounts(db: Db, year: YearBounds): Promise<CrossRow[]> {
  return db
    .selectFrom('cases')
    .select([
      'department',
      'flagship_project',
      'status',
      'province_id',
      inYear('intake_date', year).as('intake'),
      (eb) => eb.fn.countAll<number>().as('total'),
    ])
    .groupBy(['department', 'flagship_project', 'status', 'province_id'])
    .execute();
}

export interface MentorRow {
  mentor_id: number;
  intake: number;
  open: number;
}

/** Cases per current mentor (the mentors' rows only; "no mentor" is the total minus these). */
export function mentorCounts(db: Db, year: YearBounds): Promise<MentorRow[]> {
  return db
    .selectFrom('cases')
    .select([
      sql<number>`mentor_id`.as('mentor_id'),
      inYear('intake_date', year).as('intake'),
      sql<number>`sum(CASE WHEN status IN ${OPEN} THEN 1 ELSE 0 END)`.as('open'),
    ])
    .where('mentor_id', 'is not', null)
    .groupBy('mentor_id')
    .execute();
}

export interface GroupRow {
  target_group: TargetGroup;
  intake: number;
  open: number;
}

/**
 * A person in two groups counts in both. The group index is read in order, and each row's case is
 * checked against two lists of case ids that SQLite builds once in memory (the year's intake, the
 * open cases, each from a covering index): no visit to the wide `cases` rows.
 */
export async function targetGroupCounts(db: Db, year: YearBounds): Promise<GroupRow[]> {
  const { rows } = await sql<GroupRow>`
    SELECT target_group,
      sum(CASE WHEN case_id IN (SELECT id FROM cases
        WHERE intake_date BETWEEN ${year.first} AND ${year.last}) THEN 1 ELSE 0 END) AS intake,
      sum(CASE WHEN case_id IN (SELECT id FROM cases WHERE status IN ${OPEN})
        THEN 1 ELSE 0 END) AS open
    FROM case_target_groups
    GROUP BY target_group`.execute(db);
  return rows;
}

export interface MonthRow {
  month: string;
  intake: number;
  sessions: number;
}

/**
 * Intakes and sessions per month, each a range count on an index (`cases_by_intake_date`,
 * `advisory_sessions_by_held_on`). A corrected session is replaced by its correction: the
 * superseded ones (ids some session corrects, few) are taken off their month.
 */
export async function monthCounts(
  db: Db,
  months: readonly { month: string; first: string; next: string }[],
  year: YearBounds,
): Promise<MonthRow[]> {
  const values = sql.join(
    months.map((m) => sql`(${m.month}, ${m.first}, ${m.next})`),
    sql`, `,
  );
  const { rows } = await sql<MonthRow>`
    WITH months (month, first, next) AS (VALUES ${values})
    SELECT month,
      (SELECT count(*) FROM cases WHERE intake_date >= first AND intake_date < next) AS intake,
      (SELECT count(*) FROM advisory_sessions WHERE held_on >= first AND held_on < next)
        AS sessions
    FROM months`.execute(db);
  const superseded = await db
    .selectFrom('advisory_sessions as o')
    .select([
      sql<string>`substr(o.held_on, 1, 7)`.as('month'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('o.held_on', '>=', year.first)
    .where('o.held_on', '<=', year.last)
    .where(
      'o.id',
      'in',
      db
        .selectFrom('advisory_sessions')
        .select(sql<string>`corrects_session_id`.as('id'))
        .where('corrects_session_id', 'is not', null),
    )
    .groupBy(sql`substr(o.held_on, 1, 7)`)
    .execute();
  const off = new Map(superseded.map((row) => [row.month, Number(row.n)]));
  return rows.map((row) => ({
    month: row.month,
    intake: Number(row.intake),
    sessions: Number(row.sessions) - (off.get(row.month) ?? 0),
  }));
}

/** Milestones reached during the year, by kind. */
export function milestonesInYear(
  db: Db,
  year: YearBounds,
): Promise<{ kind: MilestoneKind; n: number }[]> {
  return db
    .selectFrom('outcome_milestones')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('occurred_on', '>=', year.first)
    .where('occurred_on', '<=', year.last)
    .groupBy('kind')
    .execute();
}

export interface CohortMilestoneRow {
  kind: MilestoneKind;
  /** Per quarter of intake, first to fourth. */
  q1: number;
  q2: number;
  q3: number;
  q4: number;
}

/**
 * The cohort's milestones (reached at any time) by quarter of intake: the milestone index is read
 * for the two kinds, each row's case checked against four in-memory lists of the quarters' case
 * ids (from the intake-day index), again without visiting `cases` rows.
 */
export async function cohortMilestones(
  db: Db,
  quarters: readonly YearBounds[],
): Promise<CohortMilestoneRow[]> {
  const inQuarter = (bounds: YearBounds, name: string) =>
    sql`sum(CASE WHEN case_id IN (SELECT id FROM cases
      WHERE intake_date BETWEEN ${bounds.first} AND ${bounds.last}) THEN 1 ELSE 0 END) AS ${sql.id(name)}`;
  const { rows } = await sql<CohortMilestoneRow>`
    SELECT kind, ${sql.join(
      quarters.map((bounds, index) => inQuarter(bounds, `q${index + 1}`)),
      sql`, `,
    )}
    FROM outcome_milestones
    WHERE kind IN ('shop_opened', 'first_order')
    GROUP BY kind`.execute(db);
  return rows;
}

export interface IncomeRow {
  intake_date: string;
  before: number;
  after: number;
}

/**
 * For each case of the cohort with monthly figures: its income at intake and in its latest
 * recorded month. The cohort is read from `cases_dashboard_baseline` (day and income, no row
 * visit), kept when its id is among the cases with figures (a list built once; `+` keeps SQLite
 * from driving the query by that list through the table), then one probe for the latest month.
 * One row per such case (the medians need the values); no identifier leaves.
 */
export async function cohortIncomes(db: Db, year: YearBounds): Promise<IncomeRow[]> {
  const { rows } = await sql<IncomeRow>`
    SELECT c.intake_date, c.monthly_income_satang AS before,
      (SELECT m.income_satang FROM outcome_months m WHERE m.case_id = c.id
        ORDER BY m.month DESC LIMIT 1) AS after
    FROM cases c
    WHERE c.intake_date BETWEEN ${year.first} AND ${year.last}
      AND +c.id IN (SELECT case_id FROM outcome_months)`.execute(db);
  return rows;
}

/** Names of the mentors shown (staff, not beneficiaries). */
export function mentorNames(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', ids).execute();
}

export function provinceNames(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('address_provinces')
    .select(['id', 'name_th', 'name_en'])
    .where('id', 'in', ids)
    .execute();
}

/** The first and last intake days: two index probes (min and max are fast only one per query). */
export async function intakeRange(db: Db): Promise<{ first: string | null; last: string | null }> {
  const { rows } = await sql<{ first: string | null; last: string | null }>`
    SELECT (SELECT min(intake_date) FROM cases) AS first,
      (SELECT max(intake_date) FROM cases) AS last`.execute(db);
  return rows[0] ?? { first: null, last: null };
}
