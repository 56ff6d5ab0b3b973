import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';

export const letterheadKeys = {
  all: ['letterhead'] as const,
  letterhead: () => [...letterheadKeys.all, 'letterhead'] as const,
  signers: () => [...letterheadKeys.all, 'signers'] as const,
  image: (imageId: number) => [...letterheadKeys.all, 'image', imageId] as const,
};

export const letterheadQueries = {
  letterhead: () =>
    queryOptions({
      queryKey: letterheadKeys.letterhead(),
      queryFn: () => callKaona((api) => api.letterhead.get({})),
    }),
  /** Every signer, retired ones too: the table shows them, the selects offer the active ones. */
  signers: () =>
    queryOptions({
      queryKey: letterheadKeys.signers(),
      queryFn: () => callKaona((api) => api.letterhead.signers({ includeInactive: true })),
    }),
  /** A stored image never changes (content-addressed): read once. */
  image: (imageId: number) =>
    queryOptions({
      queryKey: letterheadKeys.image(imageId),
      queryFn: () => callKaona((api) => api.letterhead.image({ imageId })),
      staleTime: Infinity,
    }),
};
