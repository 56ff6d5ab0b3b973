import type { FeatureHandlers } from '../handlers';
import { getMentor, listCandidates, listMentors, saveProfile } from './registry-service';
import { listSkills, saveSkill } from './skills-service';

/** The mentor registry and the skills taxonomy. */
export function registryHandlers(): FeatureHandlers<'mentors'> {
  return {
    'mentors.list': (input, call) => listMentors(call.db, input),
    'mentors.get': ({ userId }, call) => getMentor(call.db, userId),
    'mentors.save': (input, call) => saveProfile(call, input),
    'mentors.candidates': (_input, call) => listCandidates(call.db),
    'mentors.skills': (_input, call) => listSkills(call.db),
    'mentors.saveSkill': (input, call) => saveSkill(call, input),
  };
}
