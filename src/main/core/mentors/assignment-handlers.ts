import { notBuilt } from '../call/not-built';
import type { FeatureHandlers } from '../handlers';

/** Matching and assignment. */
export function assignmentHandlers(): FeatureHandlers<'assignments'> {
  return notBuilt([
    'assignments.suggest',
    'assignments.forCase',
    'assignments.assign',
    'assignments.end',
    'assignments.bulkPreview',
    'assignments.bulkAssign',
    'assignments.ofMentor',
  ]);
}
