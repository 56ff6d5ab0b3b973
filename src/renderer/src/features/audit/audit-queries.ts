import { infiniteQueryOptions } from '@tanstack/react-query';
import type { AuditQuery } from '../../../../shared/domain/audit';
import { callKaona } from '../../api';

/** Events per page. Each page read is itself an audit event, so pages are not tiny. */
export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (query: AuditQuery) => [...auditKeys.lists(), query] as const,
};

export const auditQueries = {
  /**
   * The log for one query, newest first, paged backwards with `beforeSeq`: the next page starts
   * below the oldest event shown, so events recorded meanwhile (this very viewing, for one) never
   * push a row into two pages. Always read afresh when a page opens: the log grows with every
   * change, and a cached copy would hide the newest events.
   */
  list: (query: AuditQuery) =>
    infiniteQueryOptions({
      queryKey: auditKeys.list(query),
      queryFn: ({ pageParam }) =>
        callKaona((api) =>
          api.audit.list({
            ...query,
            ...(pageParam === undefined ? {} : { beforeSeq: pageParam }),
            limit: AUDIT_PAGE_SIZE,
          }),
        ),
      initialPageParam: undefined as number | undefined,
      getNextPageParam: (page) => (page.hasMore ? page.events.at(-1)?.seq : undefined),
      staleTime: 0,
    }),
};
