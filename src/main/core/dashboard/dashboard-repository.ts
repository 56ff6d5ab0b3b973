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

/** A person in two groups counts in both. */
export function targetGroupCounts(db: Db, year: YearBounds): Promise<GroupRow[]> {
  return db
    .selectFrom('case_target_groups as g')
    .innerJoin('cases as c', 'c.id', 'g.case_id')
    .select([
      'g.target_group',
      inYear('c.intake_date', year).as('intake'),
      sql<number>`sum(CASE WHEN c.status IN ${OPEN} THEN 1 ELSE 0 END)`.as('open'),
    ])
    .groupBy('g.target_group')
    .execute();
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

/** The year's cohort's milestones (reached at any time) by intake month. */
export function cohortMilestones(
  db: Db,
  year: YearBounds,
): Promise<{ month: string; kind: MilestoneKind; n: number }[]> {
  return db
    .selectFrom('cases as c')
    .innerJoin('outcome_milestones as m', 'm.case_id', 'c.id')
    .select([
      sql<string>`substr(c.intake_date, 1, 7)`.as('month'),
      'm.kind',
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('c.intake_date', '>=', year.first)
    .where('c.intake_date', '<=', year.last)
    .where('m.kind', 'in', ['shop_opened', 'first_order'])
    .groupBy([sql`substr(c.intake_date, 1, 7)`, 'm.kind'])
    .execute();
}

export interface IncomeRow {
  intake_date: string;
  before: number;
  after: number;
}

/**
 * For each case of the cohort with monthly figures: its income at intake and in its latest
 * recorded month. One row per such case (the medians need the values); no identifier leaves.
 */
export function cohortIncomes(db: Db, year: YearBounds): Promise<IncomeRow[]> {
  return db
    .selectFrom('cases as c')
    .innerJoin('outcome_months as m', 'm.case_id', 'c.id')
    .select(['c.intake_date', 'c.monthly_income_satang as before', 'm.income_satang as after'])
    .where('c.intake_date', '>=', year.first)
    .where('c.intake_date', '<=', year.last)
    .where(
      'm.month',
      '=',
      sql<string>`(SELECT max(x.month) FROM outcome_months x WHERE x.case_id = c.id)`,
    )
    .execute();
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
