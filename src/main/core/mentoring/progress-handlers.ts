import { notBuilt } from '../call/not-built';
import type { FeatureHandlers } from '../handlers';

/** The office's view and record of a case's progress. */
export function progressHandlers(): FeatureHandlers<'progress'> {
  return notBuilt(['progress.get', 'progress.recordMilestone', 'progress.recordMonth']);
}
