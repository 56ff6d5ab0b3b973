import type { FeatureHandlers } from '../handlers';
import { officeMentoringCall } from './mentoring-scope';
import { recordMilestone, recordMonth } from './outcomes-service';
import { caseProgress } from './progress-service';

/**
 * The office's view and record of a case's progress: the mentor's outcome services on the
 * office database, for any case (`cases.write`), audited as the office's.
 */
export function progressHandlers(): FeatureHandlers<'progress'> {
  return {
    'progress.get': ({ caseId }, call) => caseProgress(call, caseId),
    'progress.recordMilestone': (input, call) =>
      recordMilestone(officeMentoringCall(call), input, 'office', 'progress.milestone_recorded'),
    'progress.recordMonth': (input, call) =>
      recordMonth(officeMentoringCall(call), input, 'office', 'progress.month_recorded'),
  };
}
