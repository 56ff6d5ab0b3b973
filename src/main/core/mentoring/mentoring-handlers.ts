import { notBuilt } from '../call/not-built';
import type { FeatureHandlers } from '../handlers';

type SyncOwned = 'mentoring.conflicts' | 'mentoring.resolveConflict';

/** A mentor's own work: workspace, sessions, actions, outcomes, reminders. */
export function mentoringHandlers(): Omit<FeatureHandlers<'mentoring'>, SyncOwned> {
  return notBuilt([
    'mentoring.workspace',
    'mentoring.case',
    'mentoring.topics',
    'mentoring.logSession',
    'mentoring.editSession',
    'mentoring.correctSession',
    'mentoring.sessionHistory',
    'mentoring.tickAction',
    'mentoring.recordMilestone',
    'mentoring.recordMonth',
    'mentoring.reminders',
  ]);
}
