import { useQuery } from '@tanstack/react-query';
import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';
import { mentoringQueries } from './mentoring-queries';

/** Office roles see the office's reminders; a mentor sees their own. */
export function useReminders() {
  const { role } = useSignedInUser();
  const side = roleHasPermission(role, 'cases.read') ? 'office' : 'mentor';
  return { side, query: useQuery(mentoringQueries.reminders(side)) } as const;
}
