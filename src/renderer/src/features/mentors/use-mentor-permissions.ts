import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';

/** What the signed-in role may do here; only hides buttons (main checks every call). */
export function useMentorPermissions() {
  const { role } = useSignedInUser();
  return {
    canManage: roleHasPermission(role, 'mentors.manage'),
    canCoordinate: roleHasPermission(role, 'mentoring.coordinate'),
    canEditSkills: roleHasPermission(role, 'settings.write'),
  };
}
