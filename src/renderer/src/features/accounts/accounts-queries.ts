import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';
import { vaultKeys } from '../vault/vault-queries';

/** Cache keys of everything read about accounts; `all` is what a change to an account stales. */
export const accountsKeys = {
  all: ['accounts'] as const,
  list: () => [...accountsKeys.all, 'list'] as const,
};

/**
 * What an account change makes stale: the list, and the vault's notices, since taking an admin's
 * access away (or their role) asks for a new recovery code, and the banner should say so at once.
 */
export const ACCOUNT_CHANGE_STALES = [accountsKeys.all, vaultKeys.all] as const;

export const accountsQueries = {
  /** The office's accounts, as main lists them (by id); screens sort them themselves. */
  list: () =>
    queryOptions({
      queryKey: accountsKeys.list(),
      queryFn: () => callKaona((api) => api.accounts.list()),
    }),
};
