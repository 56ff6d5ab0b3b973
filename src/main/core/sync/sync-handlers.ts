import { notBuilt } from '../call/not-built';
import type { FeatureHandlers } from '../handlers';
import { carryHandlers, type CarryDeps } from './carry-handlers';

/** What compartments and carried files bring in, and the conflicts they leave for the mentor. */
export function syncHandlers(
  carry: CarryDeps,
): FeatureHandlers<'sync'> &
  FeatureHandlers<'carry'> &
  Pick<FeatureHandlers<'mentoring'>, 'mentoring.conflicts' | 'mentoring.resolveConflict'> {
  return {
    ...notBuilt(['sync.reports', 'mentoring.conflicts', 'mentoring.resolveConflict']),
    ...carryHandlers(carry),
  };
}
