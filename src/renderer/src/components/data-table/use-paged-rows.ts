import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { KaonaApiError } from '../../api';
import type { PagingState } from './DataTablePaging';

/**
 * The rows of every page an infinite query has loaded, in order, and its paging state for
 * `DataTable`. "Load more" while a page is on its way does nothing, so a quick double click or
 * the virtual body's scrolling never asks for the same page twice.
 */
export function usePagedRows<TPage, TRow>(
  query: UseInfiniteQueryResult<InfiniteData<TPage>, KaonaApiError>,
  rowsOf: (page: TPage) => readonly TRow[],
): { rows: readonly TRow[]; paging: PagingState } {
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, error, fetchNextPage } =
    query;
  const rows = useMemo(() => data?.pages.flatMap(rowsOf) ?? [], [data, rowsOf]);
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return {
    rows,
    paging: {
      hasMore: hasNextPage,
      loadingMore: isFetchingNextPage,
      loadMore,
      error: isFetchNextPageError ? error : null,
    },
  };
}
