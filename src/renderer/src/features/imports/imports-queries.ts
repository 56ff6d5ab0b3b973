import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { RowKind } from '../../../../shared/domain/imports';
import { callKaona } from '../../api';

export const REPORT_PAGE_SIZE = 50;

export const importsKeys = {
  all: ['imports'] as const,
  mappings: () => [...importsKeys.all, 'mappings'] as const,
  report: (importId: string, kind: RowKind | null, page: number) =>
    [...importsKeys.all, 'report', importId, kind, page] as const,
};

export const importsQueries = {
  mappings: () =>
    queryOptions({
      queryKey: importsKeys.mappings(),
      queryFn: () => callKaona((api) => api.imports.listMappings({})),
    }),
  /** The rows of the person's own file: never kept once the page is left. */
  report: (importId: string, kind: RowKind | null, page: number) =>
    queryOptions({
      queryKey: importsKeys.report(importId, kind, page),
      queryFn: () =>
        callKaona((api) =>
          api.imports.report({
            importId,
            kind,
            offset: page * REPORT_PAGE_SIZE,
            limit: REPORT_PAGE_SIZE,
          }),
        ),
      staleTime: 0,
      gcTime: 0,
      placeholderData: keepPreviousData,
    }),
};
