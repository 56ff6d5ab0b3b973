import { sql } from 'kysely';
import type { CaseStatus } from '../../../shared/domain/cases';
import type { MenteeSummary } from '../../../shared/domain/mentoring';
import type { MenteeCasesTable } from '../db/mentoring-schema';
import { ACTION_COLUMNS, type ActionRow } from './session-records';
import type { MentoringDb } from './mentoring-scope';

export interface CaseActivity {
  lastSessionOn: string | null;
  nextSessionOn: string | null;
}

/**
 * For a set of cases, in two indexed reads whatever their number: the last session held and
 * the next one it planned, and the actions not yet done. The latest session is one index probe
 * per case (a case with hundreds of sessions costs no more than one with a single session).
 */
export async function caseActivity(
  db: MentoringDb,
  caseIds: readonly number[],
): Promise<{ activity: Map<number, CaseActivity>; openActions: ActionRow[] }> {
  if (caseIds.length === 0) return { activity: new Map(), openActions: [] };
  const [latest, openActions] = await Promise.all([
    sql<{ case_id: number; held_on: string; next_session_on: string | null }>`
      SELECT s.case_id, s.held_on, s.next_session_on
      FROM json_each(${JSON.stringify(caseIds)}) AS wanted
      JOIN advisory_sessions s ON s.id = (
        SELECT x.id FROM advisory_sessions x
        WHERE x.case_id = wanted.value
        ORDER BY x.held_on DESC, x.held_time DESC, x.created_at DESC
        LIMIT 1)`.execute(db),
    db
      .selectFrom('session_actions')
      .select(ACTION_COLUMNS)
      .where('case_id', 'in', caseIds)
      .where('done_on', 'is', null)
      .orderBy('due_on')
      .orderBy('id')
      .execute(),
  ]);
  return {
    activity: new Map(
      latest.rows.map((row) => [
        row.case_id,
        { lastSessionOn: row.held_on, nextSessionOn: row.next_session_on },
      ]),
    ),
    openActions,
  };
}

export function menteeSummary(
  mentee: MenteeCasesTable,
  activity: CaseActivity | undefined,
  openActions: readonly ActionRow[],
  today: string,
): MenteeSummary {
  return {
    caseId: mentee.case_id,
    caseNumber: mentee.case_number,
    displayName: mentee.display_name,
    nickname: mentee.nickname,
    districtName: mentee.district_name,
    provinceName: mentee.province_name,
    status: mentee.status as CaseStatus,
    assignedSince: mentee.assigned_since,
    lastSessionOn: activity?.lastSessionOn ?? null,
    nextSessionOn: activity?.nextSessionOn ?? null,
    openActions: openActions.length,
    overdueActions: openActions.filter((action) => action.due_on < today).length,
  };
}

/** Soonest next session first (none last), then by name in Thai order. */
export function byNextSessionThenName(
  a: { summary: MenteeSummary; sortKey: string },
  b: { summary: MenteeSummary; sortKey: string },
): number {
  const nextA = a.summary.nextSessionOn;
  const nextB = b.summary.nextSessionOn;
  if (nextA !== nextB) {
    if (nextA === null) return 1;
    if (nextB === null) return -1;
    return nextA < nextB ? -1 : 1;
  }
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.summary.caseId - b.summary.caseId;
}

export function groupByCase<T extends { case_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.case_id);
    if (list) list.push(row);
    else groups.set(row.case_id, [row]);
  }
  return groups;
}
