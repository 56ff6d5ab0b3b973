import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';

/** Cache keys of everything read about accounts; `all` is what a change to an account stales. */
export const accountsKeys = {
  all: ['accounts'] as const,
  list: () => [...accountsKeys.all, 'list'] as const,
};

export const accountsQueries = {
  /** The office's accounts, as main lists them (by id); screens sort them themselves. */
  list: () =>
    queryOptions({
      queryKey: accountsKeys.list(),
      queryFn: () => callKaona((api) => api.accounts.list()),
    }),
};
