import { queryOptions } from '@tanstack/react-query';
import type { ReportPreviewInput } from '../../../../shared/domain/reports';
import { callKaona } from '../../api';

export const reportsKeys = {
  all: ['reports'] as const,
  previews: () => [...reportsKeys.all, 'preview'] as const,
  preview: (input: ReportPreviewInput) => [...reportsKeys.previews(), input] as const,
};

export const reportsQueries = {
  /** A personal preview names people and is audited: asked for when the choice changes, not kept. */
  preview: (input: ReportPreviewInput) =>
    queryOptions({
      queryKey: reportsKeys.preview(input),
      queryFn: () => callKaona((api) => api.reports.preview(input)),
      gcTime: 0,
    }),
};
