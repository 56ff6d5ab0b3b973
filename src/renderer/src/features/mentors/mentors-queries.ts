import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';
import { casesKeys } from '../cases/cases-queries';

export const mentorsKeys = {
  all: ['mentors'] as const,
  lists: () => [...mentorsKeys.all, 'list'] as const,
  list: (includeInactive: boolean) => [...mentorsKeys.lists(), { includeInactive }] as const,
  profiles: () => [...mentorsKeys.all, 'profile'] as const,
  profile: (userId: number) => [...mentorsKeys.profiles(), userId] as const,
  mentees: (userId: number) => [...mentorsKeys.all, 'mentees', userId] as const,
  candidates: () => [...mentorsKeys.all, 'candidates'] as const,
  skills: () => [...mentorsKeys.all, 'skills'] as const,
  /** Assignments hang under the case file's key, so a change to the case makes them stale too. */
  caseAssignments: (caseId: number) => [...casesKeys.file(caseId), 'assignments'] as const,
  suggestions: (caseId: number) => [...casesKeys.file(caseId), 'suggestions'] as const,
};

export const mentorsQueries = {
  list: (includeInactive: boolean) =>
    queryOptions({
      queryKey: mentorsKeys.list(includeInactive),
      queryFn: () => callKaona((api) => api.mentors.list({ includeInactive })),
    }),
  profile: (userId: number) =>
    queryOptions({
      queryKey: mentorsKeys.profile(userId),
      queryFn: () => callKaona((api) => api.mentors.get({ userId })),
      // A stale version would only earn a CONFLICT at save: read it afresh on each visit.
      staleTime: 0,
    }),
  /** The mentor's current mentees (case-list rows): each reading names people, so not kept. */
  mentees: (userId: number) =>
    queryOptions({
      queryKey: mentorsKeys.mentees(userId),
      queryFn: () => callKaona((api) => api.assignments.ofMentor({ userId })),
      gcTime: 0,
    }),
  candidates: () =>
    queryOptions({
      queryKey: mentorsKeys.candidates(),
      queryFn: () => callKaona((api) => api.mentors.candidates({})),
    }),
  skills: () =>
    queryOptions({
      queryKey: mentorsKeys.skills(),
      queryFn: () => callKaona((api) => api.mentors.skills({})),
    }),
  caseAssignments: (caseId: number) =>
    queryOptions({
      queryKey: mentorsKeys.caseAssignments(caseId),
      queryFn: () => callKaona((api) => api.assignments.forCase({ caseId })),
      gcTime: 0,
    }),
  /** Each ranking reads the case and is audited: asked for only when the tab shows it. */
  suggestions: (caseId: number) =>
    queryOptions({
      queryKey: mentorsKeys.suggestions(caseId),
      queryFn: () => callKaona((api) => api.assignments.suggest({ caseId, limit: 10 })),
      gcTime: 0,
    }),
};

/**
 * What an assignment change makes stale: the case file (its header names the mentor, its
 * timeline gains an entry), the case lists, the registry's loads and the mentor pages.
 */
export function assignmentChangeStales(caseId: number) {
  return [casesKeys.file(caseId), casesKeys.lists(), mentorsKeys.all] as const;
}
