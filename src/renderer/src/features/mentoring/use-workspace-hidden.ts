import { useQuery } from '@tanstack/react-query';
import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';
import { mentoringQueries } from './mentoring-queries';

/**
 * Office staff hold `mentoring.own` but mentor only with a profile: the menu drops "workspace"
 * once main answered that this person is not a mentor. A mentor account always has it.
 */
export function useWorkspaceHidden(): boolean {
  const { role } = useSignedInUser();
  const officeMentor = role !== 'mentor' && roleHasPermission(role, 'mentoring.own');
  const workspace = useQuery({
    ...mentoringQueries.workspace(),
    enabled: officeMentor,
    // The answer changes only when an admin adds a profile; the page reads it afresh anyway.
    staleTime: 10 * 60_000,
  });
  if (!roleHasPermission(role, 'mentoring.own')) return true;
  const { error } = workspace;
  return officeMentor && error?.code === 'FORBIDDEN' && error.reason === 'not_a_mentor';
}
