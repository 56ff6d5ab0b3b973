import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../api';

export const printKeys = {
  all: ['print'] as const,
  view: (ticket: string) => [...printKeys.all, 'view', ticket] as const,
};

/**
 * What a print ticket prints. A ticket is single-use: the view is read once and never again (no
 * retry, no refetch), since a second read would be refused and turn a good page into a failure.
 */
export function printViewQuery(ticket: string) {
  return queryOptions({
    queryKey: printKeys.view(ticket),
    queryFn: () => callKaona((api) => api.documents.printView({ ticket })),
    retry: false,
    staleTime: Infinity,
    // Dropped as soon as its page is gone: a warm print window prints ticket after ticket, and
    // the views it printed (people's names and details) must not pile up in its memory.
    gcTime: 0,
    refetchOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
