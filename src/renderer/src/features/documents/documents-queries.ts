import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { DocumentListQuery } from '../../../../shared/domain/documents';
import { callKaona } from '../../api';

/** The register is small: one read of up to this many rows, newest first; filters narrow it. */
export const REGISTER_PAGE_SIZE = 200;

export type RegisterFilter = Omit<DocumentListQuery, 'offset' | 'limit'>;

export const EMPTY_FILTER: RegisterFilter = {
  kind: null,
  status: null,
  caseId: null,
  from: null,
  to: null,
  text: '',
};

export const documentsKeys = {
  all: ['documents'] as const,
  lists: () => [...documentsKeys.all, 'list'] as const,
  list: (filter: RegisterFilter) => [...documentsKeys.lists(), filter] as const,
  documents: () => [...documentsKeys.all, 'document'] as const,
  document: (documentId: number) => [...documentsKeys.documents(), documentId] as const,
  letterPreview: (referralId: number, signerId: number | null) =>
    [...documentsKeys.all, 'letter-preview', referralId, signerId] as const,
  letterhead: () => ['letterhead'] as const,
  signers: () => ['letterhead', 'signers'] as const,
};

export const documentsQueries = {
  list: (filter: RegisterFilter) =>
    queryOptions({
      queryKey: documentsKeys.list(filter),
      queryFn: () =>
        callKaona((api) => api.documents.list({ ...filter, offset: 0, limit: REGISTER_PAGE_SIZE })),
      staleTime: 0,
      placeholderData: keepPreviousData,
    }),
  /** Each read is an audit event (the content holds personal details): not kept once left. */
  document: (documentId: number) =>
    queryOptions({
      queryKey: documentsKeys.document(documentId),
      queryFn: () => callKaona((api) => api.documents.get({ documentId })),
      staleTime: 0,
      gcTime: 0,
    }),
  letterPreview: (referralId: number, signerId: number | null) =>
    queryOptions({
      queryKey: documentsKeys.letterPreview(referralId, signerId),
      queryFn: () => callKaona((api) => api.documents.previewLetter({ referralId, signerId })),
      staleTime: 0,
      gcTime: 0,
      retry: false,
    }),
  letterhead: () =>
    queryOptions({
      queryKey: documentsKeys.letterhead(),
      queryFn: () => callKaona((api) => api.letterhead.get({})),
    }),
  signers: () =>
    queryOptions({
      queryKey: documentsKeys.signers(),
      queryFn: () => callKaona((api) => api.letterhead.signers({ includeInactive: false })),
    }),
};
