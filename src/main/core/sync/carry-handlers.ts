import { notBuilt } from '../call/not-built';
import type { FeatureHandlers } from '../handlers';

/** Carried files: exported by the mentor, opened on another PC, imported by the office. */
export function carryHandlers(): FeatureHandlers<'carry'> &
  Pick<FeatureHandlers<'sync'>, 'sync.importCarry'> {
  return notBuilt(['sync.importCarry', 'carry.export', 'carry.open']);
}
