import { notBuilt } from '../call/not-built';
import type { FeatureHandlers } from '../handlers';

/** What compartments and carried files bring in, and the conflicts they leave for the mentor. */
export function syncHandlers(): FeatureHandlers<'sync'> &
  FeatureHandlers<'carry'> &
  Pick<FeatureHandlers<'mentoring'>, 'mentoring.conflicts' | 'mentoring.resolveConflict'> {
  return notBuilt([
    'sync.reports',
    'sync.importCarry',
    'carry.export',
    'carry.open',
    'mentoring.conflicts',
    'mentoring.resolveConflict',
  ]);
}
