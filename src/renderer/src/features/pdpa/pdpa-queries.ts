import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';

export const pdpaKeys = {
  all: ['pdpa'] as const,
  requests: (status: 'open' | 'all') => [...pdpaKeys.all, 'requests', status] as const,
  subject: (beneficiaryId: number) => [...pdpaKeys.all, 'subject', beneficiaryId] as const,
  retention: () => [...pdpaKeys.all, 'retention'] as const,
};

/** Every read names people and is audited: read afresh, not kept once the screen is left. */
export const pdpaQueries = {
  requests: (status: 'open' | 'all') =>
    queryOptions({
      queryKey: pdpaKeys.requests(status),
      queryFn: () => callKaona((api) => api.pdpa.listRequests({ beneficiaryId: null, status })),
      staleTime: 0,
      gcTime: 0,
    }),
  subject: (beneficiaryId: number) =>
    queryOptions({
      queryKey: pdpaKeys.subject(beneficiaryId),
      queryFn: () => callKaona((api) => api.pdpa.subject({ beneficiaryId })),
      staleTime: 0,
      gcTime: 0,
    }),
  retention: () =>
    queryOptions({
      queryKey: pdpaKeys.retention(),
      queryFn: () => callKaona((api) => api.pdpa.retentionReport({})),
      staleTime: 0,
      gcTime: 0,
    }),
};
