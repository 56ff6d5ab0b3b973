import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// Indexes for the programme dashboard (issue 11, ADR 0029): each of its grouped queries reads one
// index from end to end or one range of it, never the tables' rows, so a year's figures stay
// fast at 100,000 cases and 1,000,000 sessions.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The breakdowns by department, project, status and province: grouped in this index's order,
  // so no sort, and the intake day is in it (counts for the year without visiting the case).
  await sql`
    CREATE INDEX cases_dashboard ON cases
      (department, flagship_project, status, province_id, intake_date)
  `.execute(db);
  // Cases per mentor, in mentor order, with what the counts need.
  await sql`
    CREATE INDEX cases_dashboard_by_mentor ON cases (mentor_id, status, intake_date)
    WHERE mentor_id IS NOT NULL
  `.execute(db);
  // The cohort's income at intake, read with its day without visiting the case's row.
  await sql`
    CREATE INDEX cases_dashboard_baseline ON cases (intake_date, monthly_income_satang)
  `.execute(db);
  // Sessions per month of a year (a range count on the day), and the case list's "a session
  // held between" filter (the case from the index too).
  await sql`
    CREATE INDEX advisory_sessions_by_held_on ON advisory_sessions (held_on, case_id)
  `.execute(db);
  // The few sessions that a correction replaced.
  await sql`
    CREATE INDEX advisory_sessions_corrections ON advisory_sessions (corrects_session_id)
    WHERE corrects_session_id IS NOT NULL
  `.execute(db);
  // Milestones reached in a year, and the case list's "reached … between" filter.
  await sql`
    CREATE INDEX outcome_milestones_by_day ON outcome_milestones (kind, occurred_on, case_id)
  `.execute(db);
}
