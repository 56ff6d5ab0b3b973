import { sql } from 'kysely';
import { FINAL_STATUSES, type NameTitle } from '../../../shared/domain/cases';
import type { Reminder, ReminderKind, ReminderList } from '../../../shared/domain/mentoring';
import { bangkokDate } from '../../../shared/thai/bangkok-time';
import { addDays } from '../../../shared/thai/iso-date';
import type { MentorCall, SignedInCall } from '../call/call-context';
import { displayName } from '../cases/person-names';
import { readOfficeSettings } from '../settings/office-settings';
import { NO_SESSION_DAYS_DEFAULT } from '../../../shared/domain/mentoring';
import { myMentees } from './mentee-cases';
import { caseActivity } from './mentee-activity';
import { daysBetween, officeDb, ownName, todayOf } from './mentoring-scope';

/** The office's list shows the most pressing of each kind; the counts are always whole. */
export const REMINDERS_PER_KIND = 200;

function emptyCounts(): Record<ReminderKind, number> {
  return { overdue_action: 0, no_recent_session: 0, mentor_over_capacity: 0 };
}

/** The mentor's own reminders: their mentees' overdue actions and mentees gone quiet. */
export async function mentorReminders(call: MentorCall): Promise<ReminderList> {
  const today = todayOf(call);
  const noSessionDays =
    call.mode === 'office'
      ? (await readOfficeSettings(officeDb(call.db))).noSessionDays
      : // A compartment does not hold the office's settings: the programme's default applies.
        NO_SESSION_DAYS_DEFAULT;
  const mentees = await myMentees(call);
  const [{ activity, openActions }, mentorName] = await Promise.all([
    caseActivity(
      call.db,
      mentees.map((mentee) => mentee.case_id),
    ),
    ownName(call),
  ]);
  const byCase = new Map(mentees.map((mentee) => [mentee.case_id, mentee]));
  const base = { mentorId: call.user.id, mentorName };
  const overdue: Reminder[] = openActions
    .filter((action) => action.due_on < today)
    .map((action) => {
      const mentee = byCase.get(action.case_id);
      return {
        kind: 'overdue_action',
        caseId: action.case_id,
        caseNumber: mentee?.case_number ?? null,
        beneficiaryName: mentee?.display_name ?? null,
        ...base,
        since: action.due_on,
        amount: daysBetween(action.due_on, today),
        description: action.description,
        actionId: action.id,
      };
    });
  const quiet: Reminder[] = [];
  for (const mentee of mentees) {
    if (FINAL_STATUSES.includes(mentee.status as (typeof FINAL_STATUSES)[number])) continue;
    const since = activity.get(mentee.case_id)?.lastSessionOn ?? bangkokDate(mentee.assigned_since);
    const days = daysBetween(since, today);
    if (days < noSessionDays) continue;
    quiet.push({
      kind: 'no_recent_session',
      caseId: mentee.case_id,
      caseNumber: mentee.case_number,
      beneficiaryName: mentee.display_name,
      ...base,
      since,
      amount: days,
      description: '',
      actionId: null,
    });
  }
  quiet.sort((a, b) => b.amount - a.amount || a.caseId! - b.caseId!);
  const counts = emptyCounts();
  counts.overdue_action = overdue.length;
  counts.no_recent_session = quiet.length;
  return { items: [...overdue, ...quiet], counts, noSessionDays };
}

interface CaseNameColumns {
  case_id: number;
  case_number: string;
  title: NameTitle;
  title_other: string;
  first_name: string;
  last_name: string;
  mentor_id: number | null;
  mentor_name: string | null;
}

/**
 * The office's reminders: overdue agreed actions and mentored cases with no session for
 * `noSessionDays` (cases still in the programme), and mentors with more open assignments than
 * their capacity. Each is one indexed query with its count; the list keeps the most pressing
 * REMINDERS_PER_KIND of each kind.
 */
export async function officeReminders(call: SignedInCall): Promise<ReminderList> {
  const db = call.db;
  const today = bangkokDate(call.clock.now());
  const { noSessionDays } = await readOfficeSettings(db);
  const cutoff = addDays(today, -noSessionDays);
  const finals = sql.join(FINAL_STATUSES.map((status) => sql.lit(status)));
  const caseColumns = sql`c.id AS case_id, c.case_number, b.title, b.title_other, b.first_name,
    b.last_name, c.mentor_id, u.full_name AS mentor_name`;

  const overdueWhere = sql`a.done_on IS NULL AND a.due_on < ${today}
    AND c.status NOT IN (${finals})`;
  // Thailand keeps UTC+7 all year: the Bangkok day an assignment started is its UTC time + 7 h.
  const lastSession = sql`coalesce(
      (SELECT max(s.held_on) FROM advisory_sessions s WHERE s.case_id = m.case_id),
      date(m.started_at, '+7 hours'))`;
  const quietWhere = sql`m.ended_at IS NULL AND c.status NOT IN (${finals})
    AND ${lastSession} <= ${cutoff}`;

  const [overdue, overdueCount, quiet, quietCount, overloaded] = await Promise.all([
    sql<CaseNameColumns & { action_id: string; description: string; due_on: string }>`
      SELECT ${caseColumns}, a.id AS action_id, a.description, a.due_on
      FROM session_actions a
      JOIN cases c ON c.id = a.case_id
      JOIN beneficiaries b ON b.id = c.beneficiary_id
      LEFT JOIN users u ON u.id = c.mentor_id
      WHERE ${overdueWhere}
      ORDER BY a.due_on, a.id
      LIMIT ${REMINDERS_PER_KIND}`.execute(db),
    sql<{ count: number }>`
      SELECT count(*) AS count FROM session_actions a JOIN cases c ON c.id = a.case_id
      WHERE ${overdueWhere}`.execute(db),
    sql<CaseNameColumns & { since: string }>`
      SELECT ${caseColumns}, ${lastSession} AS since
      FROM mentor_assignments m
      JOIN cases c ON c.id = m.case_id
      JOIN beneficiaries b ON b.id = c.beneficiary_id
      LEFT JOIN users u ON u.id = m.mentor_id
      WHERE ${quietWhere}
      ORDER BY since, c.id
      LIMIT ${REMINDERS_PER_KIND}`.execute(db),
    sql<{ count: number }>`
      SELECT count(*) AS count FROM mentor_assignments m JOIN cases c ON c.id = m.case_id
      WHERE ${quietWhere}`.execute(db),
    sql<{ user_id: number; full_name: string; capacity: number; active: number }>`
      SELECT p.user_id, u.full_name, p.capacity, count(*) AS active
      FROM mentor_profiles p
      JOIN users u ON u.id = p.user_id
      JOIN mentor_assignments m ON m.mentor_id = p.user_id AND m.ended_at IS NULL
      GROUP BY p.user_id
      HAVING count(*) > p.capacity
      ORDER BY count(*) - p.capacity DESC, p.user_id`.execute(db),
  ]);

  const caseFields = (row: CaseNameColumns) => ({
    caseId: row.case_id,
    caseNumber: row.case_number,
    beneficiaryName: displayName(row),
    mentorId: row.mentor_id,
    mentorName: row.mentor_name,
  });
  const items: Reminder[] = [
    ...overdue.rows.map((row) => ({
      kind: 'overdue_action' as const,
      ...caseFields(row),
      since: row.due_on,
      amount: daysBetween(row.due_on, today),
      description: row.description,
      actionId: row.action_id,
    })),
    ...quiet.rows.map((row) => ({
      kind: 'no_recent_session' as const,
      ...caseFields(row),
      since: row.since,
      amount: daysBetween(row.since, today),
      description: '',
      actionId: null,
    })),
    ...overloaded.rows.map((row) => ({
      kind: 'mentor_over_capacity' as const,
      caseId: null,
      caseNumber: null,
      beneficiaryName: null,
      mentorId: row.user_id,
      mentorName: row.full_name,
      since: null,
      amount: row.active - row.capacity,
      description: '',
      actionId: null,
    })),
  ];
  return {
    items,
    counts: {
      overdue_action: Number(overdueCount.rows[0]?.count ?? 0),
      no_recent_session: Number(quietCount.rows[0]?.count ?? 0),
      mentor_over_capacity: overloaded.rows.length,
    },
    noSessionDays,
  };
}
