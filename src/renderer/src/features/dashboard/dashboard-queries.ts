import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';

export const dashboardKeys = {
  all: ['dashboard'] as const,
  years: () => [...dashboardKeys.all, 'years'] as const,
  year: (fiscalYear: number) => [...dashboardKeys.all, 'year', fiscalYear] as const,
};

export const dashboardQueries = {
  years: () =>
    queryOptions({
      queryKey: dashboardKeys.years(),
      queryFn: () => callKaona((api) => api.dashboard.fiscalYears({})),
    }),
  /**
   * One fiscal year's figures. Each read is an audited view, so it is read when the page opens or
   * the year changes, not again behind the supervisor's back (no refetch on focus, not kept).
   */
  year: (fiscalYear: number) =>
    queryOptions({
      queryKey: dashboardKeys.year(fiscalYear),
      queryFn: () => callKaona((api) => api.dashboard.get({ fiscalYear })),
      refetchOnWindowFocus: false,
      gcTime: 0,
    }),
};
