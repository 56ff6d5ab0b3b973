import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';

/** Reminders are read again on focus and every few minutes; nothing is pushed over a network. */
export const REMINDER_POLL_MS = 5 * 60_000;

export const mentoringKeys = {
  all: ['mentoring'] as const,
  workspace: () => [...mentoringKeys.all, 'workspace'] as const,
  topics: () => [...mentoringKeys.all, 'topics'] as const,
  cases: () => [...mentoringKeys.all, 'case'] as const,
  menteeCase: (caseId: number) => [...mentoringKeys.cases(), caseId] as const,
  sessionHistory: (sessionId: string) => [...mentoringKeys.all, 'history', sessionId] as const,
  conflicts: () => [...mentoringKeys.all, 'conflicts'] as const,
  reminders: (side: 'mentor' | 'office') => [...mentoringKeys.all, 'reminders', side] as const,
  progress: (caseId: number) => ['progress', caseId] as const,
  mergeReports: () => ['sync', 'reports'] as const,
  officeSkills: () => ['mentors', 'skills'] as const,
};

export const mentoringQueries = {
  workspace: () =>
    queryOptions({
      queryKey: mentoringKeys.workspace(),
      queryFn: () => callKaona((api) => api.mentoring.workspace({})),
    }),
  topics: () =>
    queryOptions({
      queryKey: mentoringKeys.topics(),
      queryFn: () => callKaona((api) => api.mentoring.topics({})),
      staleTime: 10 * 60_000,
    }),
  /** Each opening of a mentee is audited, so the file is not kept once the page is left. */
  menteeCase: (caseId: number) =>
    queryOptions({
      queryKey: mentoringKeys.menteeCase(caseId),
      queryFn: () => callKaona((api) => api.mentoring.case({ caseId })),
      gcTime: 0,
    }),
  sessionHistory: (sessionId: string) =>
    queryOptions({
      queryKey: mentoringKeys.sessionHistory(sessionId),
      queryFn: () => callKaona((api) => api.mentoring.sessionHistory({ sessionId })),
      gcTime: 0,
    }),
  conflicts: () =>
    queryOptions({
      queryKey: mentoringKeys.conflicts(),
      queryFn: () => callKaona((api) => api.mentoring.conflicts({})),
    }),
  reminders: (side: 'mentor' | 'office') =>
    queryOptions({
      queryKey: mentoringKeys.reminders(side),
      queryFn: () =>
        callKaona((api) =>
          side === 'office' ? api.reminders.list({}) : api.mentoring.reminders({}),
        ),
      refetchInterval: REMINDER_POLL_MS,
      refetchOnWindowFocus: true,
    }),
  progress: (caseId: number) =>
    queryOptions({
      queryKey: mentoringKeys.progress(caseId),
      queryFn: () => callKaona((api) => api.progress.get({ caseId })),
      gcTime: 0,
    }),
  /** The taxonomy as the office reads it: the names of a session's topics on the case page. */
  officeSkills: () =>
    queryOptions({
      queryKey: mentoringKeys.officeSkills(),
      queryFn: () => callKaona((api) => api.mentors.skills({})),
      staleTime: 10 * 60_000,
    }),
  mergeReports: () =>
    queryOptions({
      queryKey: mentoringKeys.mergeReports(),
      queryFn: () => callKaona((api) => api.sync.reports({ limit: 20 })),
    }),
};

/** What a mentor's change makes stale: their workspace, the mentee, reminders, conflicts. */
export function mentorChangeStales(caseId?: number) {
  return [
    mentoringKeys.workspace(),
    caseId === undefined ? mentoringKeys.cases() : mentoringKeys.menteeCase(caseId),
    [...mentoringKeys.all, 'reminders'],
    mentoringKeys.conflicts(),
  ] as const;
}
