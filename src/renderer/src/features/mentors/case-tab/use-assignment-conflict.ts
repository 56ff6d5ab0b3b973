import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toKaonaApiError } from '../../../api';
import { assignmentChangeStales, mentorsKeys } from '../mentors-queries';

/**
 * Another officer changed the case's assignment meanwhile (`CONFLICT assignment_changed`): the
 * tab reads the current state again and says so, rather than acting on what the clerk last saw.
 * Returns whether the error was that conflict.
 */
export function useAssignmentConflict(caseId: number, onConflict: (error: unknown) => void) {
  const queryClient = useQueryClient();
  return useCallback(
    (caught: unknown): boolean => {
      const error = toKaonaApiError(caught);
      if (error.code !== 'CONFLICT') return false;
      for (const queryKey of [...assignmentChangeStales(caseId), mentorsKeys.suggestions(caseId)])
        void queryClient.invalidateQueries({ queryKey });
      onConflict(error);
      return true;
    },
    [caseId, onConflict, queryClient],
  );
}
