import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';

export const intakeKeys = {
  draft: ['drafts', 'intake'] as const,
};

/** What saving an intake makes stale: every cached case list and search (the cases feature's keys). */
export const INTAKE_SAVE_STALES = [['cases']] as const;

export const intakeQueries = {
  /**
   * The person's own unsaved intake, read once when the wizard opens: it is the starting point,
   * not live data, so it is never refetched behind the clerk's back.
   */
  draft: () =>
    queryOptions({
      queryKey: intakeKeys.draft,
      queryFn: () => callKaona((api) => api.drafts.get({ kind: 'intake' })),
      staleTime: Infinity,
      gcTime: 0,
      refetchOnWindowFocus: false,
    }),
};
