import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';

/** Cache keys of what main says about the office's keys; `all` is what a key change stales. */
export const vaultKeys = {
  all: ['vault'] as const,
  status: () => [...vaultKeys.all, 'status'] as const,
};

export const vaultQueries = {
  /** The notices an admin must act on, and the newest audit checkpoint (admins only). */
  status: () =>
    queryOptions({
      queryKey: vaultKeys.status(),
      queryFn: () => callKaona((api) => api.vault.status()),
    }),
};
