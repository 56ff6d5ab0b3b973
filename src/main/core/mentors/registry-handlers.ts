import { notBuilt } from '../call/not-built';
import type { FeatureHandlers } from '../handlers';

/** The mentor registry and the skills taxonomy. */
export function registryHandlers(): FeatureHandlers<'mentors'> {
  return notBuilt([
    'mentors.list',
    'mentors.get',
    'mentors.save',
    'mentors.candidates',
    'mentors.skills',
    'mentors.saveSkill',
  ]);
}
