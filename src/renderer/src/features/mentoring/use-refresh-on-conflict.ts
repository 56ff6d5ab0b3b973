import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { toKaonaApiError } from '../../api';

/**
 * A record changed elsewhere meanwhile (CONFLICT `record_changed`): the message says the screen
 * now shows the latest version, so the stale queries are read again at once.
 */
export function useRefreshOnConflict(stales: readonly QueryKey[]) {
  const queryClient = useQueryClient();
  return (caught: unknown) => {
    if (toKaonaApiError(caught).code !== 'CONFLICT') return;
    for (const queryKey of stales) void queryClient.invalidateQueries({ queryKey });
  };
}
