import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  SESSION_FUTURE_DAYS_MAX,
  type AdvisorySession,
  type AgreedAction,
  type actionTickSchema,
  type sessionCorrectSchema,
  type sessionEditSchema,
  type sessionFields,
  type sessionLogSchema,
  type SessionRevision,
} from '../../../shared/domain/mentoring';
import { addDays } from '../../../shared/thai/iso-date';
import type { MentorCall } from '../call/call-context';
import { AppError } from '../errors';
import { caseForRecords, type RecordCase } from './record-case';
import {
  ACTION_COLUMNS,
  actionsOfSession,
  editableUntil,
  findSession,
  toAdvisorySession,
  toAgreedAction,
  type ActionRow,
  type SessionRow,
} from './session-records';
import { jsonList, officeDb, staffNames, todayOf, type MentoringDb } from './mentoring-scope';
import { timelineSessionLogged } from './mentoring-timeline';
import { requireMentee } from './mentee-cases';

type SessionFields = z.output<z.ZodObject<typeof sessionFields>>;
type SessionLog = z.output<typeof sessionLogSchema>;
type SessionEdit = z.output<typeof sessionEditSchema>;
type SessionCorrect = z.output<typeof sessionCorrectSchema>;
type ActionTick = z.output<typeof actionTickSchema>;

/**
 * The rules that need the clock or the case (the shape is the shared schema's): not before the
 * case opened, not more than a day ahead, the next session not already past, topics from the
 * taxonomy, ticked actions of the same case. An edit keeps what it had: a retired topic or a
 * next date now past stays allowed if the session already had it.
 */
async function checkSession(
  call: MentorCall,
  db: MentoringDb,
  record: RecordCase,
  fields: SessionFields,
  previous: SessionRow | null,
): Promise<ActionRow[]> {
  const today = todayOf(call);
  if (fields.heldOn < record.intakeDate) throw new AppError('VALIDATION', 'session_before_case');
  if (fields.heldOn > addDays(today, SESSION_FUTURE_DAYS_MAX))
    throw new AppError('VALIDATION', 'session_in_future');
  if (
    fields.nextSessionOn !== null &&
    fields.nextSessionOn < today &&
    fields.nextSessionOn !== previous?.next_session_on
  )
    throw new AppError('VALIDATION', 'next_session_in_past');

  const skills = await db
    .selectFrom('mentor_skills')
    .select(['code', 'active'])
    .where('code', 'in', fields.topics)
    .execute();
  const had = new Set(previous ? jsonList(previous.topics) : []);
  const usable = new Set(
    skills.filter((skill) => skill.active === 1 || had.has(skill.code)).map((skill) => skill.code),
  );
  if (fields.topics.some((code) => !usable.has(code)))
    throw new AppError('VALIDATION', 'topic_unknown');

  if (fields.completedActionIds.length === 0) return [];
  const ticked = await db
    .selectFrom('session_actions')
    .select(ACTION_COLUMNS)
    .where('id', 'in', fields.completedActionIds)
    .where('case_id', '=', record.caseId)
    .execute();
  if (ticked.length !== new Set(fields.completedActionIds).size)
    throw new AppError('VALIDATION', 'action_not_found');
  return ticked;
}

/** Marks earlier actions done in this session (those already done elsewhere stay as they are). */
async function tickInSession(
  call: MentorCall,
  db: MentoringDb,
  session: { id: string; heldOn: string },
  actions: readonly ActionRow[],
  at: string,
): Promise<void> {
  // Not yet done, or done in this very session (whose date an edit may have moved).
  const due = actions.filter(
    (action) =>
      action.done_on === null ||
      (action.done_in_session_id === session.id && action.done_on !== session.heldOn),
  );
  if (due.length === 0) return;
  await db
    .updateTable('session_actions')
    .set((eb) => ({
      done_on: session.heldOn,
      done_in_session_id: session.id,
      // Counted in SQL: the same edit may have just changed the action's wording too.
      revision: eb('revision', '+', 1),
      updated_at: at,
      updated_by: call.user.id,
    }))
    .where(
      'id',
      'in',
      due.map((action) => action.id),
    )
    .execute();
}

async function insertActions(
  call: MentorCall,
  db: MentoringDb,
  session: { id: string; caseId: number },
  actions: SessionFields['actions'],
  at: string,
): Promise<void> {
  if (actions.length === 0) return;
  await db
    .insertInto('session_actions')
    .values(
      actions.map((action) => ({
        id: randomUUID(),
        session_id: session.id,
        case_id: session.caseId,
        description: action.description,
        owner: action.owner,
        due_on: action.dueOn,
        done_on: null,
        done_in_session_id: null,
        revision: 1,
        updated_at: at,
        updated_by: call.user.id,
      })),
    )
    .execute();
}

async function sessionOut(
  call: MentorCall,
  db: MentoringDb,
  row: SessionRow,
): Promise<AdvisorySession> {
  const actions = await actionsOfSession(db, row.id);
  const correction = await db
    .selectFrom('advisory_sessions')
    .select('id')
    .where('case_id', '=', row.case_id)
    .where('corrects_session_id', '=', row.id)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  const names = await staffNames({ ...call, db }, [row.mentor_id]);
  const now = call.clock.now();
  return toAdvisorySession(row, actions, correction?.id ?? null, {
    names,
    today: todayOf(call),
    now,
    viewerId: call.user.id,
  });
}

/** A new session (or a correction): the row, its agreed actions, ticks, timeline line. */
async function createSession(
  call: MentorCall,
  trx: MentoringDb,
  caseId: number,
  fields: SessionFields,
  correction: { correctsSessionId: string; note: string } | null,
): Promise<AdvisorySession> {
  const record = await caseForRecords(call, trx, caseId, 'mentee');
  const ticked = await checkSession(call, trx, record, fields, null);
  const at = call.clock.now().toISOString();
  const row: SessionRow = {
    id: randomUUID(),
    case_id: caseId,
    mentor_id: call.user.id,
    held_on: fields.heldOn,
    held_time: fields.heldTime,
    duration_minutes: fields.durationMinutes,
    mode: fields.mode,
    topics: JSON.stringify(fields.topics),
    summary: fields.summary,
    next_session_on: fields.nextSessionOn,
    completed_action_ids: JSON.stringify([...new Set(fields.completedActionIds)]),
    corrects_session_id: correction?.correctsSessionId ?? null,
    correction_note: correction?.note ?? '',
    revision: 1,
    created_at: at,
    updated_at: at,
    updated_by: call.user.id,
  };
  await trx.insertInto('advisory_sessions').values(row).execute();
  await insertActions(call, trx, { id: row.id, caseId }, fields.actions, at);
  await tickInSession(call, trx, { id: row.id, heldOn: row.held_on }, ticked, at);
  if (call.mode === 'office')
    await timelineSessionLogged(officeDb(trx), {
      caseId,
      sessionId: row.id,
      heldOn: row.held_on,
      mode: row.mode,
      correctsSessionId: row.corrects_session_id,
      at,
      by: call.user.id,
    });
  return sessionOut(call, trx, row);
}

export function logSession(call: MentorCall, input: SessionLog): Promise<AdvisorySession> {
  const { caseId, ...fields } = input;
  return call.audited(
    (session) => ({
      action: 'mentoring.session_logged',
      outcome: 'success',
      target: { type: 'case', id: caseId },
      details: {
        sessionId: session.sessionId,
        actions: session.actions.length,
        ticked: fields.completedActionIds.length,
      },
    }),
    (trx) => createSession(call, trx, caseId, fields, null),
  );
}

/** The session the caller wrote, of a case they still mentor. */
async function ownSession(call: MentorCall, db: MentoringDb, sessionId: string) {
  const session = await findSession(db, sessionId);
  if (!session) throw new AppError('NOT_FOUND', 'session_not_found');
  await requireMentee(call, session.case_id, db);
  if (session.mentor_id !== call.user.id) throw new AppError('FORBIDDEN', 'session_not_yours');
  return session;
}

/** After the edit window a session is not changed: a correction is a new entry naming it. */
export function correctSession(call: MentorCall, input: SessionCorrect): Promise<AdvisorySession> {
  const { correctsSessionId, correctionNote, ...fields } = input;
  return call.audited(
    (session) => ({
      action: 'mentoring.session_corrected',
      outcome: 'success',
      target: { type: 'case', id: session.caseId },
      details: { sessionId: session.sessionId, correctsSessionId },
    }),
    async (trx) => {
      const corrected = await ownSession(call, trx, correctsSessionId);
      return createSession(call, trx, corrected.case_id, fields, {
        correctsSessionId,
        note: correctionNote,
      });
    },
  );
}

/**
 * The author changes their session within SESSION_EDIT_DAYS of writing it. The state it had is
 * kept in `advisory_session_revisions` (row and actions, with who made that state and when).
 * Actions keep their ids; an action left out of the edit is removed unless it was already done
 * (a done action is part of the record); actions ticked or unticked follow the list.
 */
export function editSession(call: MentorCall, input: SessionEdit): Promise<AdvisorySession> {
  const { sessionId, expectedRevision, ...fields } = input;
  return call.audited(
    (session) => ({
      action: 'mentoring.session_edited',
      outcome: 'success',
      target: { type: 'case', id: session.caseId },
      details: { sessionId, revision: session.revision },
    }),
    async (trx) => {
      const previous = await ownSession(call, trx, sessionId);
      const now = call.clock.now();
      if (previous.revision !== expectedRevision) throw new AppError('CONFLICT', 'record_changed');
      if (editableUntil(previous, call.user.id, now) === null)
        throw new AppError('FORBIDDEN', 'session_edit_window_closed');
      const record = await caseForRecords(call, trx, previous.case_id, 'mentee');
      const ticked = await checkSession(call, trx, record, fields, previous);
      const at = now.toISOString();
      const before = await actionsOfSession(trx, sessionId);

      await trx
        .insertInto('advisory_session_revisions')
        .values({
          session_id: sessionId,
          revision: previous.revision,
          snapshot: JSON.stringify({ session: previous, actions: before }),
          changed_at: previous.updated_at,
          changed_by: previous.updated_by,
        })
        .execute();
      const completed = [...new Set(fields.completedActionIds)];
      const updated = await trx
        .updateTable('advisory_sessions')
        .set({
          held_on: fields.heldOn,
          held_time: fields.heldTime,
          duration_minutes: fields.durationMinutes,
          mode: fields.mode,
          topics: JSON.stringify(fields.topics),
          summary: fields.summary,
          next_session_on: fields.nextSessionOn,
          completed_action_ids: JSON.stringify(completed),
          revision: previous.revision + 1,
          updated_at: at,
          updated_by: call.user.id,
        })
        .where('id', '=', sessionId)
        .where('revision', '=', expectedRevision)
        .executeTakeFirst();
      if (updated.numUpdatedRows !== 1n) throw new AppError('CONFLICT', 'record_changed');

      await editActions(call, trx, previous, before, fields.actions, at);
      // Unticked: done in this session before, no longer listed.
      const kept = new Set(completed);
      const unticked = jsonList(previous.completed_action_ids).filter((id) => !kept.has(id));
      if (unticked.length > 0)
        await trx
          .updateTable('session_actions')
          .set((eb) => ({
            done_on: null,
            done_in_session_id: null,
            revision: eb('revision', '+', 1),
            updated_at: at,
            updated_by: call.user.id,
          }))
          .where('id', 'in', unticked)
          .where('done_in_session_id', '=', sessionId)
          .execute();
      await tickInSession(call, trx, { id: sessionId, heldOn: fields.heldOn }, ticked, at);
      const row = await findSession(trx, sessionId);
      return sessionOut(call, trx, row!);
    },
  );
}

async function editActions(
  call: MentorCall,
  trx: MentoringDb,
  session: SessionRow,
  before: readonly ActionRow[],
  wanted: SessionFields['actions'],
  at: string,
): Promise<void> {
  const existing = new Map(before.map((action) => [action.id, action]));
  const listed = new Set<string>();
  const added: SessionFields['actions'] = [];
  for (const action of wanted) {
    if (action.actionId === undefined) {
      added.push(action);
      continue;
    }
    const current = existing.get(action.actionId);
    if (!current) throw new AppError('VALIDATION', 'action_not_found');
    listed.add(current.id);
    if (
      current.description === action.description &&
      current.owner === action.owner &&
      current.due_on === action.dueOn
    )
      continue;
    await trx
      .updateTable('session_actions')
      .set({
        description: action.description,
        owner: action.owner,
        due_on: action.dueOn,
        revision: current.revision + 1,
        updated_at: at,
        updated_by: call.user.id,
      })
      .where('id', '=', current.id)
      .execute();
  }
  const dropped = before.filter((action) => !listed.has(action.id) && action.done_on === null);
  if (dropped.length > 0)
    await trx
      .deleteFrom('session_actions')
      .where(
        'id',
        'in',
        dropped.map((action) => action.id),
      )
      .execute();
  await insertActions(call, trx, { id: session.id, caseId: session.case_id }, added, at);
}

/** A session's states, newest first: the current one, then each earlier revision. */
export async function sessionHistory(
  call: MentorCall,
  sessionId: string,
): Promise<SessionRevision[]> {
  const session = await findSession(call.db, sessionId);
  if (!session) throw new AppError('NOT_FOUND', 'session_not_found');
  await requireMentee(call, session.case_id);
  const [actions, revisions] = await Promise.all([
    actionsOfSession(call.db, sessionId),
    call.db
      .selectFrom('advisory_session_revisions')
      .select(['revision', 'snapshot', 'changed_at', 'changed_by'])
      .where('session_id', '=', sessionId)
      .orderBy('revision', 'desc')
      .execute(),
  ]);
  const states = [
    { row: session, actions, changedAt: session.updated_at, changedBy: session.updated_by },
    ...revisions.map((revision) => {
      const snapshot = JSON.parse(revision.snapshot) as {
        session: SessionRow;
        actions: ActionRow[];
      };
      return {
        row: snapshot.session,
        actions: snapshot.actions,
        changedAt: revision.changed_at,
        changedBy: revision.changed_by,
      };
    }),
  ];
  const names = await staffNames(call, [
    session.mentor_id,
    ...states.map((state) => state.changedBy),
  ]);
  const context = { names, today: todayOf(call), now: call.clock.now(), viewerId: call.user.id };
  return states.map((state) => {
    const shown: Partial<AdvisorySession> = toAdvisorySession(
      state.row,
      state.actions,
      null,
      context,
    );
    // A past state is not editable and was not corrected: those belong to the page, not history.
    delete shown.editableUntil;
    delete shown.correctedBySessionId;
    return {
      revision: state.row.revision,
      changedAt: state.changedAt,
      changedByName: names.get(state.changedBy) ?? '',
      session: shown as SessionRevision['session'],
    };
  });
}

/** Ticks an agreed action off (or back on) outside a session: done today, in no session. */
export function tickAction(call: MentorCall, input: ActionTick): Promise<AgreedAction> {
  return call.audited(
    (action) => ({
      action: 'mentoring.action_ticked',
      outcome: 'success',
      target: { type: 'case', id: action.caseId },
      details: { actionId: action.actionId, done: input.done },
    }),
    async (trx) => {
      const action = await trx
        .selectFrom('session_actions')
        .select(ACTION_COLUMNS)
        .where('id', '=', input.actionId)
        .executeTakeFirst();
      if (!action) throw new AppError('NOT_FOUND', 'action_not_found');
      await caseForRecords(call, trx, action.case_id, 'mentee');
      if (action.revision !== input.expectedRevision)
        throw new AppError('CONFLICT', 'record_changed');
      const today = todayOf(call);
      const at = call.clock.now().toISOString();
      const changes = {
        done_on: input.done ? (action.done_on ?? today) : null,
        done_in_session_id: input.done ? action.done_in_session_id : null,
        revision: action.revision + 1,
        updated_at: at,
        updated_by: call.user.id,
      };
      await trx.updateTable('session_actions').set(changes).where('id', '=', action.id).execute();
      return toAgreedAction({ ...action, ...changes }, today);
    },
  );
}
