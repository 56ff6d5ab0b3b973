import type { Selectable } from 'kysely';
import {
  SESSION_EDIT_DAYS,
  type AdvisorySession,
  type AgreedAction,
} from '../../../shared/domain/mentoring';
import type { AdvisorySessionsTable, SessionActionsTable } from '../db/mentoring-schema';
import { jsonList, type MentoringDb } from './mentoring-scope';

export type SessionRow = Selectable<AdvisorySessionsTable>;
export type ActionRow = Selectable<SessionActionsTable>;

/** The columns both databases have (a compartment's `dirty`/`base_revision` stay inside). */
export const SESSION_COLUMNS = [
  'id',
  'case_id',
  'mentor_id',
  'held_on',
  'held_time',
  'duration_minutes',
  'mode',
  'topics',
  'summary',
  'next_session_on',
  'completed_action_ids',
  'corrects_session_id',
  'correction_note',
  'revision',
  'created_at',
  'updated_at',
  'updated_by',
] as const satisfies readonly (keyof SessionRow)[];

export const ACTION_COLUMNS = [
  'id',
  'session_id',
  'case_id',
  'description',
  'owner',
  'due_on',
  'done_on',
  'done_in_session_id',
  'revision',
  'updated_at',
  'updated_by',
] as const satisfies readonly (keyof ActionRow)[];

const EDIT_WINDOW_MS = SESSION_EDIT_DAYS * 86_400_000;

/** Until when the author may edit a session, or null (not the viewer's, or the window closed). */
export function editableUntil(row: SessionRow, viewerId: number, now: Date): string | null {
  if (row.mentor_id !== viewerId) return null;
  const until = Date.parse(row.created_at) + EDIT_WINDOW_MS;
  return now.getTime() < until ? new Date(until).toISOString() : null;
}

export function toAgreedAction(row: ActionRow, today: string): AgreedAction {
  return {
    actionId: row.id,
    sessionId: row.session_id,
    caseId: row.case_id,
    description: row.description,
    owner: row.owner,
    dueOn: row.due_on,
    doneOn: row.done_on,
    doneInSessionId: row.done_in_session_id,
    overdue: row.done_on === null && row.due_on < today,
    revision: row.revision,
  };
}

export interface SessionContext {
  names: Map<number, string>;
  today: string;
  now: Date;
  viewerId: number;
}

export function toAdvisorySession(
  row: SessionRow,
  actions: readonly ActionRow[],
  correctedBy: string | null,
  context: SessionContext,
): AdvisorySession {
  return {
    sessionId: row.id,
    caseId: row.case_id,
    mentorId: row.mentor_id,
    mentorName: context.names.get(row.mentor_id) ?? '',
    heldOn: row.held_on,
    heldTime: row.held_time,
    durationMinutes: row.duration_minutes,
    mode: row.mode,
    topics: jsonList(row.topics),
    summary: row.summary,
    nextSessionOn: row.next_session_on,
    actions: actions.map((action) => toAgreedAction(action, context.today)),
    completedActionIds: jsonList(row.completed_action_ids),
    correctsSessionId: row.corrects_session_id,
    correctionNote: row.correction_note,
    correctedBySessionId: correctedBy,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    editableUntil: editableUntil(row, context.viewerId, context.now),
  };
}

/** A case's sessions, newest first (the order both the mentor's and the office's pages show). */
export function sessionsOfCase(db: MentoringDb, caseId: number): Promise<SessionRow[]> {
  return db
    .selectFrom('advisory_sessions')
    .select(SESSION_COLUMNS)
    .where('case_id', '=', caseId)
    .orderBy('held_on', 'desc')
    .orderBy('held_time', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export function actionsOfCase(db: MentoringDb, caseId: number): Promise<ActionRow[]> {
  return db
    .selectFrom('session_actions')
    .select(ACTION_COLUMNS)
    .where('case_id', '=', caseId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
}

export function findSession(db: MentoringDb, sessionId: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('advisory_sessions')
    .select(SESSION_COLUMNS)
    .where('id', '=', sessionId)
    .executeTakeFirst();
}

export function actionsOfSession(db: MentoringDb, sessionId: string): Promise<ActionRow[]> {
  return db
    .selectFrom('session_actions')
    .select(ACTION_COLUMNS)
    .where('session_id', '=', sessionId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
}

/**
 * A case's sessions as the pages show them, from one read of its sessions and one of its
 * actions (no query per session): each with its actions and the correction that replaced it.
 */
export function assembleSessions(
  sessions: readonly SessionRow[],
  actions: readonly ActionRow[],
  context: SessionContext,
): AdvisorySession[] {
  const bySession = new Map<string, ActionRow[]>();
  for (const action of actions) {
    const list = bySession.get(action.session_id);
    if (list) list.push(action);
    else bySession.set(action.session_id, [action]);
  }
  // Sessions come newest first, so the first correction seen for a session is its latest one.
  const correctedBy = new Map<string, string>();
  for (const session of sessions)
    if (session.corrects_session_id !== null && !correctedBy.has(session.corrects_session_id))
      correctedBy.set(session.corrects_session_id, session.id);
  return sessions.map((session) =>
    toAdvisorySession(
      session,
      bySession.get(session.id) ?? [],
      correctedBy.get(session.id) ?? null,
      context,
    ),
  );
}
