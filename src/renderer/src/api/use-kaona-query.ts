import { useCallback, useEffect, useState } from 'react';
import type { KaonaApi } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/errors';
import { callKaona } from './call-kaona';
import { toKaonaApiError, type KaonaApiError } from './kaona-api-error';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: KaonaApiError };

/**
 * Reads something from `window.kaona` when the component mounts, and again when `refreshKey`
 * changes (keeping the old data on screen meanwhile) or when `retry` is called.
 * `load` must be stable — declare it at module scope — or every render would fetch again.
 */
export function useKaonaQuery<T>(
  load: (api: KaonaApi) => Promise<Result<T>>,
  refreshKey?: unknown,
): QueryState<T> & { retry: () => void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    callKaona(load).then(
      (data) => current && setState({ status: 'success', data }),
      (error: unknown) => current && setState({ status: 'error', error: toKaonaApiError(error) }),
    );
    // An answer to an outdated request (unmounted, or superseded) must not overwrite a newer one.
    return () => {
      current = false;
    };
  }, [load, refreshKey, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { ...state, retry };
}
