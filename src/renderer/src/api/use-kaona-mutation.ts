import {
  useMutation,
  useQueryClient,
  type QueryKey,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query';
import type { KaonaApi } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/errors';
import { callKaona } from './call-kaona';
import type { KaonaApiError } from './kaona-api-error';

interface KaonaMutationOptions<TData, TVariables> extends Omit<
  UseMutationOptions<TData, KaonaApiError, TVariables>,
  'mutationFn'
> {
  /** The contract call: `(api, values) => api.accounts.create(values)`. */
  call: (api: KaonaApi, variables: TVariables) => Promise<Result<TData>>;
  /** What the change makes stale (key prefixes); re-read before the mutation counts as done. */
  invalidates?: readonly QueryKey[];
}

/**
 * A change sent to main. On success every listed query is invalidated and awaited, so a screen
 * that closes its dialog on success already shows the list as main now has it.
 */
export function useKaonaMutation<TData, TVariables = void>({
  call,
  invalidates = [],
  onSuccess,
  ...options
}: KaonaMutationOptions<TData, TVariables>): UseMutationResult<TData, KaonaApiError, TVariables> {
  const queryClient = useQueryClient();
  return useMutation<TData, KaonaApiError, TVariables>({
    ...options,
    mutationFn: (variables) => callKaona((api) => call(api, variables)),
    onSuccess: async (...args) => {
      await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      await onSuccess?.(...args);
    },
  });
}
