import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CaseSearch } from '../../../../shared/domain/cases';
import { callKaona } from '../../api';

/** Rows per page asked of the core; the table asks for the next page as the clerk scrolls. */
export const CASE_LIST_PAGE_SIZE = 100;

/** The list's query without its window: one cache entry per search, its pages inside it. */
export type CaseListQuery = Omit<CaseSearch, 'offset' | 'limit'>;

export const casesKeys = {
  all: ['cases'] as const,
  lists: () => [...casesKeys.all, 'list'] as const,
  list: (query: CaseListQuery) => [...casesKeys.lists(), query] as const,
  mentorOptions: () => [...casesKeys.all, 'mentor-options'] as const,
  files: () => [...casesKeys.all, 'file'] as const,
  file: (caseId: number) => [...casesKeys.files(), caseId] as const,
  history: (caseId: number) => [...casesKeys.file(caseId), 'history'] as const,
  consentHistory: (beneficiaryId: number) =>
    [...casesKeys.all, 'consent-history', beneficiaryId] as const,
  provinces: () => ['addresses', 'provinces'] as const,
};

export const casesQueries = {
  /**
   * One search, paged by offset. Each page is read when the table nears its end, never all rows
   * at once: an office may hold tens of thousands of cases. Pages are read afresh when the list
   * opens again (each search is an audit event, and colleagues change cases meanwhile).
   */
  list: (query: CaseListQuery) =>
    infiniteQueryOptions({
      queryKey: casesKeys.list(query),
      queryFn: ({ pageParam }) =>
        callKaona((api) =>
          api.cases.search({ ...query, offset: pageParam, limit: CASE_LIST_PAGE_SIZE }),
        ),
      initialPageParam: 0,
      getNextPageParam: (page, pages) => {
        const loaded = pages.reduce((sum, each) => sum + each.rows.length, 0);
        return loaded < page.total && page.rows.length > 0 ? loaded : undefined;
      },
      staleTime: 0,
      // While a new search runs, the previous rows stay instead of a blank table at each letter.
      placeholderData: keepPreviousData,
    }),
  mentorOptions: () =>
    queryOptions({
      queryKey: casesKeys.mentorOptions(),
      queryFn: () => callKaona((api) => api.cases.mentorOptions({})),
    }),
  provinces: () =>
    queryOptions({
      queryKey: casesKeys.provinces(),
      queryFn: () => callKaona((api) => api.addresses.provinces({})),
      // Reference data: it changes only with an app update.
      staleTime: Infinity,
    }),
  /** The case file; each opening is an audit event, so it is not kept once the page is left. */
  file: (caseId: number) =>
    queryOptions({
      queryKey: casesKeys.file(caseId),
      queryFn: () => callKaona((api) => api.cases.open({ caseId })),
      gcTime: 0,
    }),
  history: (caseId: number) =>
    queryOptions({
      queryKey: casesKeys.history(caseId),
      queryFn: () => callKaona((api) => api.cases.history({ caseId })),
      gcTime: 0,
    }),
  consentHistory: (beneficiaryId: number) =>
    queryOptions({
      queryKey: casesKeys.consentHistory(beneficiaryId),
      queryFn: () => callKaona((api) => api.cases.consentHistory({ beneficiaryId })),
      gcTime: 0,
    }),
};

/** What a change to a case makes stale: the file (timeline, history) and every list. */
export function caseChangeStales(caseId: number) {
  return [casesKeys.file(caseId), casesKeys.lists()] as const;
}
