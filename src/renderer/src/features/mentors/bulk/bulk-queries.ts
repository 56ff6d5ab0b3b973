import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../../api';
import { mentorsKeys } from '../mentors-queries';

/** The preview of a bulk assignment: read again whenever the choice changes, never kept. */
export function bulkPreviewQuery(caseIds: readonly number[], mentorId: number | null) {
  return queryOptions({
    queryKey: [...mentorsKeys.all, 'bulk-preview', { caseIds, mentorId }] as const,
    queryFn: () =>
      callKaona((api) => api.assignments.bulkPreview({ caseIds: [...caseIds], mentorId })),
    gcTime: 0,
  });
}
