import type { FeatureHandlers } from '../handlers';
import { bulkAssign, bulkPreview } from './assignment-bulk-service';
import {
  assignMentor,
  caseAssignments,
  casesOfMentor,
  endAssignment,
  suggestMentors,
} from './assignment-service';

/** Matching and assignment. */
export function assignmentHandlers(): FeatureHandlers<'assignments'> {
  return {
    'assignments.suggest': (input, call) => suggestMentors(call, input),
    'assignments.forCase': ({ caseId }, call) => caseAssignments(call.db, caseId),
    'assignments.assign': (input, call) => assignMentor(call, input),
    'assignments.end': (input, call) => endAssignment(call, input),
    'assignments.bulkPreview': (input, call) => bulkPreview(call, input),
    'assignments.bulkAssign': (input, call) => bulkAssign(call, input),
    'assignments.ofMentor': ({ userId }, call) => casesOfMentor(call, userId),
  };
}
