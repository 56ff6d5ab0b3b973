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
    gcTime: Infinity,
    refetchOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
