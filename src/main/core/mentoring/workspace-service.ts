import type {
  ActionListItem,
  MenteeCase,
  SessionListItem,
  TopicOption,
  Workspace,
} from '../../../shared/domain/mentoring';
import type { MentorCall } from '../call/call-context';
import { myMentees, requireMentee } from './mentee-cases';
import { byNextSessionThenName, caseActivity, groupByCase, menteeSummary } from './mentee-activity';
import { compartmentDb, jsonList, ownName, staffNames, todayOf, weekOf } from './mentoring-scope';
import { outcomesOfCase, toMilestone, toMonthlyFigure } from './outcomes-service';
import { actionsOfCase, assembleSessions, sessionsOfCase, toAgreedAction } from './session-records';

/**
 * The mentor's start page, the same in the office and in a compartment: mentees with their last
 * and next session and open actions, this week's sessions, overdue actions and waiting
 * conflicts. A fixed handful of indexed reads however many mentees (no query per case).
 */
export async function workspace(call: MentorCall): Promise<Workspace> {
  const today = todayOf(call);
  const mentees = await myMentees(call);
  const caseIds = mentees.map((mentee) => mentee.case_id);
  const { monday, sunday } = weekOf(today);
  const [{ activity, openActions }, week, conflicts, mentorName, refreshedAt] = await Promise.all([
    caseActivity(call.db, caseIds),
    call.db
      .selectFrom('advisory_sessions')
      .select(['id', 'case_id', 'held_on', 'held_time', 'duration_minutes', 'mode'])
      .where('mentor_id', '=', call.user.id)
      .where('held_on', '>=', monday)
      .where('held_on', '<=', sunday)
      .orderBy('held_on')
      .orderBy('held_time')
      .execute(),
    call.db
      .selectFrom('mentoring_conflicts')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('mentor_id', '=', call.user.id)
      .where('resolved_at', 'is', null)
      .executeTakeFirstOrThrow(),
    ownName(call),
    call.mode === 'office'
      ? Promise.resolve(null)
      : compartmentDb(call.db)
          .selectFrom('meta')
          .select('refreshed_at')
          .where('id', '=', 1)
          .executeTakeFirst()
          .then((row) => row?.refreshed_at ?? null),
  ]);
  const actionsByCase = groupByCase(openActions);
  const byCase = new Map(mentees.map((mentee) => [mentee.case_id, mentee]));
  const summaries = mentees
    .map((mentee) => ({
      summary: menteeSummary(
        mentee,
        activity.get(mentee.case_id),
        actionsByCase.get(mentee.case_id) ?? [],
        today,
      ),
      sortKey: mentee.sort_key,
    }))
    .sort(byNextSessionThenName);
  const sessionsThisWeek: SessionListItem[] = week
    .filter((session) => byCase.has(session.case_id))
    .map((session) => ({
      sessionId: session.id,
      caseId: session.case_id,
      displayName: byCase.get(session.case_id)!.display_name,
      heldOn: session.held_on,
      heldTime: session.held_time,
      durationMinutes: session.duration_minutes,
      mode: session.mode,
    }));
  const overdueActions: ActionListItem[] = openActions
    .filter((action) => action.due_on < today)
    .map((action) => ({
      ...toAgreedAction(action, today),
      displayName: byCase.get(action.case_id)?.display_name ?? '',
    }));
  await call.record({
    action: 'mentoring.workspace_viewed',
    outcome: 'success',
    details: { mentees: mentees.length, mode: call.mode },
  });
  return {
    mode: call.mode,
    mentorName,
    mentees: summaries.map((entry) => entry.summary),
    sessionsThisWeek,
    overdueActions,
    conflicts: Number(conflicts.count),
    refreshedAt,
  };
}

/** One mentee's file as the mentor may see it, with the whole log (audited). */
export async function menteeCase(call: MentorCall, caseId: number): Promise<MenteeCase> {
  const mentee = await requireMentee(call, caseId);
  const today = todayOf(call);
  const [sessions, actions, outcomes] = await Promise.all([
    sessionsOfCase(call.db, caseId),
    actionsOfCase(call.db, caseId),
    outcomesOfCase(call.db, caseId),
  ]);
  const names = await staffNames(call, [
    ...sessions.map((session) => session.mentor_id),
    ...outcomes.milestones.map((row) => row.recorded_by),
    ...outcomes.months.map((row) => row.recorded_by),
  ]);
  const open = actions.filter((action) => action.done_on === null);
  const latest = sessions[0];
  await call.record({
    action: 'mentoring.case_viewed',
    outcome: 'success',
    target: { type: 'case', id: caseId },
    details: { mode: call.mode },
  });
  return {
    summary: menteeSummary(
      mentee,
      latest ? { lastSessionOn: latest.held_on, nextSessionOn: latest.next_session_on } : undefined,
      open,
      today,
    ),
    phone: mentee.phone,
    lineId: mentee.line_id,
    occupation: mentee.occupation,
    products: mentee.products,
    productCategory: mentee.product_category,
    businessSkills: mentee.business_skills,
    hasSmartphone: mentee.has_smartphone === 1,
    hasInternet: mentee.has_internet === 1,
    hasBankAccount: mentee.has_bank_account === 1,
    hasProductPhotos: mentee.has_product_photos === 1,
    hasOnlineShop: mentee.has_online_shop === 1,
    lazadaSellerId: mentee.lazada_seller_id,
    goals: mentee.goals,
    mentoringNeeds: jsonList(mentee.mentoring_needs),
    sessions: assembleSessions(sessions, actions, {
      names,
      today,
      now: call.clock.now(),
      viewerId: call.user.id,
    }),
    openActions: open.map((action) => toAgreedAction(action, today)),
    milestones: outcomes.milestones.map((row) => toMilestone(row, names)),
    months: outcomes.months.map((row) => toMonthlyFigure(row, names)),
  };
}

/** The skills taxonomy for the session form (retired skills too, to show old sessions). */
export async function topics(call: MentorCall): Promise<TopicOption[]> {
  const rows = await call.db
    .selectFrom('mentor_skills')
    .select(['code', 'label_th', 'label_en', 'active'])
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
  return rows.map((row) => ({
    code: row.code,
    labelTh: row.label_th,
    labelEn: row.label_en,
    active: row.active === 1,
  }));
}
