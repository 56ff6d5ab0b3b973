import { queryOptions } from '@tanstack/react-query';
import type { CohortQuery } from '../../../../shared/domain/documents';
import { callKaona } from '../../api';

export const certificatesKeys = {
  all: ['certificates'] as const,
  cohorts: () => [...certificatesKeys.all, 'cohort'] as const,
  cohort: (query: CohortQuery) => [...certificatesKeys.cohorts(), query] as const,
  publicKey: () => [...certificatesKeys.all, 'publicKey'] as const,
  letterhead: () => [...certificatesKeys.all, 'letterhead'] as const,
  signers: () => [...certificatesKeys.all, 'signers'] as const,
};

export const certificatesQueries = {
  /** Each listing names people and is audited: asked for when the filters change, not kept. */
  cohort: (query: CohortQuery) =>
    queryOptions({
      queryKey: certificatesKeys.cohort(query),
      queryFn: () => callKaona((api) => api.certificates.cohort(query)),
      gcTime: 0,
    }),
  publicKey: () =>
    queryOptions({
      queryKey: certificatesKeys.publicKey(),
      queryFn: () => callKaona((api) => api.certificates.publicKey({})),
    }),
  /** The default signers of certificates. */
  letterhead: () =>
    queryOptions({
      queryKey: certificatesKeys.letterhead(),
      queryFn: () => callKaona((api) => api.letterhead.get({})),
    }),
  signers: () =>
    queryOptions({
      queryKey: certificatesKeys.signers(),
      queryFn: () => callKaona((api) => api.letterhead.signers({ includeInactive: false })),
    }),
};
