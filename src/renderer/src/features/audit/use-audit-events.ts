import { useCallback, useEffect, useState } from 'react';
import type { AuditEvent, AuditQuery } from '../../../../shared/domain/audit';
import { callKaona, toKaonaApiError, type KaonaApiError } from '../../api';

/** Events per page. Each page read is itself an audit event, so pages are not tiny. */
export const AUDIT_PAGE_SIZE = 50;

export type AuditPages =
  | { status: 'loading' }
  | { status: 'error'; error: KaonaApiError; retry: () => void }
  | {
      status: 'success';
      events: readonly AuditEvent[];
      hasMore: boolean;
      loadingMore: boolean;
      /** A failed "load more"; the rows already shown stay. */
      moreError: KaonaApiError | null;
      loadMore: () => void;
    };

interface Loaded {
  /** What these rows answer: a newer query or a retry makes them stale (shown as loading). */
  query: AuditQuery;
  attempt: number;
  events: AuditEvent[];
  hasMore: boolean;
  error: KaonaApiError | null;
}

/**
 * The audit list for one query, newest first, paged backwards with `beforeSeq`: the next page
 * starts below the oldest event shown, so events recorded meanwhile (this very viewing, for one)
 * never push a row into two pages.
 */
export function useAuditEvents(query: AuditQuery): AuditPages {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<{ query: AuditQuery; error: KaonaApiError } | null>(
    null,
  );

  useEffect(() => {
    let current = true;
    callKaona((api) => api.audit.list({ ...query, limit: AUDIT_PAGE_SIZE })).then(
      (page) => current && setLoaded({ query, attempt, ...page, error: null }),
      (error: unknown) =>
        current &&
        setLoaded({ query, attempt, events: [], hasMore: false, error: toKaonaApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [query, attempt]);

  const fresh =
    loaded !== null && loaded.query === query && loaded.attempt === attempt ? loaded : null;
  const oldestSeq = fresh?.events.at(-1)?.seq;

  const loadMore = useCallback(() => {
    if (oldestSeq === undefined) return;
    setLoadingMore(true);
    setMoreError(null);
    callKaona((api) => api.audit.list({ ...query, beforeSeq: oldestSeq, limit: AUDIT_PAGE_SIZE }))
      .then(
        (page) =>
          // Appended only to the rows it continues; a search started meanwhile has replaced them.
          setLoaded((shown) =>
            shown && shown.query === query && shown.events.at(-1)?.seq === oldestSeq
              ? { ...shown, events: [...shown.events, ...page.events], hasMore: page.hasMore }
              : shown,
          ),
        (error: unknown) => setMoreError({ query, error: toKaonaApiError(error) }),
      )
      .finally(() => setLoadingMore(false));
  }, [query, oldestSeq]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  if (!fresh) return { status: 'loading' };
  if (fresh.error) return { status: 'error', error: fresh.error, retry };
  return {
    status: 'success',
    events: fresh.events,
    hasMore: fresh.hasMore,
    loadingMore,
    moreError: moreError?.query === query ? moreError.error : null,
    loadMore,
  };
}
