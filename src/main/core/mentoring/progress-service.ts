import type { CaseProgress } from '../../../shared/domain/mentoring';
import type { SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import { officeMentoringCall, staffNames, todayOf } from './mentoring-scope';
import { outcomesOfCase, toMilestone, toMonthlyFigure } from './outcomes-service';
import { actionsOfCase, assembleSessions, sessionsOfCase, toAgreedAction } from './session-records';

/**
 * The office's view of a case's mentoring (the case page's progress tab): the intake baseline
 * beside the monthly figures, milestones, the whole session log and what is still open. Five
 * indexed reads whatever the number of sessions; audited like opening the case.
 */
export async function caseProgress(call: SignedInCall, caseId: number): Promise<CaseProgress> {
  const mentorCall = officeMentoringCall(call);
  const caseRow = await call.db
    .selectFrom('cases')
    .select(['intake_date', 'monthly_income_satang'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!caseRow) throw new AppError('NOT_FOUND', 'case_not_found');
  const [sessions, actions, outcomes] = await Promise.all([
    sessionsOfCase(mentorCall.db, caseId),
    actionsOfCase(mentorCall.db, caseId),
    outcomesOfCase(mentorCall.db, caseId),
  ]);
  const names = await staffNames(mentorCall, [
    ...sessions.map((session) => session.mentor_id),
    ...outcomes.milestones.map((row) => row.recorded_by),
    ...outcomes.months.map((row) => row.recorded_by),
  ]);
  const today = todayOf(call);
  await call.audit.record({
    action: 'progress.viewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'case', id: caseId },
    details: { sessions: sessions.length, months: outcomes.months.length },
  });
  return {
    caseId,
    baseline: {
      intakeDate: caseRow.intake_date,
      monthlyIncomeSatang: caseRow.monthly_income_satang,
    },
    milestones: outcomes.milestones.map((row) => toMilestone(row, names)),
    months: outcomes.months.map((row) => toMonthlyFigure(row, names)),
    sessions: assembleSessions(sessions, actions, {
      names,
      today,
      now: call.clock.now(),
      viewerId: call.user.id,
    }),
    openActions: actions
      .filter((action) => action.done_on === null)
      .map((action) => toAgreedAction(action, today)),
  };
}
