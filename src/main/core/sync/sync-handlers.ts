import type { FeatureHandlers } from '../handlers';
import { carryHandlers } from './carry-handlers';
import { conflictsOf, resolveConflict } from './conflicts-service';
import { listReports } from './merge-reports';

/**
 * What compartments and carried files bring in, and the conflicts they leave for the mentor.
 * Carried files live in carry-handlers.ts; whatever it needs is passed through unchanged.
 */
export function syncHandlers(
  ...carry: Parameters<typeof carryHandlers>
): FeatureHandlers<'sync'> &
  FeatureHandlers<'carry'> &
  Pick<FeatureHandlers<'mentoring'>, 'mentoring.conflicts' | 'mentoring.resolveConflict'> {
  return {
    ...carryHandlers(...carry),
    'sync.reports': (input, call) => listReports(call.db, input.limit),
    'mentoring.conflicts': (_input, call) => conflictsOf(call),
    'mentoring.resolveConflict': (input, call) => resolveConflict(call, input),
  };
}
