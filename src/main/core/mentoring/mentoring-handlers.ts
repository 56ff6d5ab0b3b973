import type { FeatureHandlers } from '../handlers';
import { recordMilestone, recordMonth } from './outcomes-service';
import { mentorReminders } from './reminders-service';
import {
  correctSession,
  editSession,
  logSession,
  sessionHistory,
  tickAction,
} from './sessions-service';
import { menteeCase, topics, workspace } from './workspace-service';

type SyncOwned = 'mentoring.conflicts' | 'mentoring.resolveConflict';

/**
 * A mentor's own work: workspace, sessions, actions, outcomes, reminders. The same services in
 * the office database and in a compartment (see MentorCall); the conflicts are the sync's.
 */
export function mentoringHandlers(): Omit<FeatureHandlers<'mentoring'>, SyncOwned> {
  return {
    'mentoring.workspace': (_input, call) => workspace(call),
    'mentoring.case': ({ caseId }, call) => menteeCase(call, caseId),
    'mentoring.topics': (_input, call) => topics(call),
    'mentoring.logSession': (input, call) => logSession(call, input),
    'mentoring.editSession': (input, call) => editSession(call, input),
    'mentoring.correctSession': (input, call) => correctSession(call, input),
    'mentoring.sessionHistory': ({ sessionId }, call) => sessionHistory(call, sessionId),
    'mentoring.tickAction': (input, call) => tickAction(call, input),
    'mentoring.recordMilestone': (input, call) =>
      recordMilestone(call, input, 'mentee', 'mentoring.milestone_recorded'),
    'mentoring.recordMonth': (input, call) =>
      recordMonth(call, input, 'mentee', 'mentoring.month_recorded'),
    'mentoring.reminders': (_input, call) => mentorReminders(call),
  };
}
