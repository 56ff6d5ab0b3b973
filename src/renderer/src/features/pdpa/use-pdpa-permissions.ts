import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';

/** What the signed-in role may do here; only hides buttons (main checks every call). */
export function usePdpaPermissions() {
  const { role } = useSignedInUser();
  return {
    canRequest: roleHasPermission(role, 'pdpa.requests'),
    canFulfil: roleHasPermission(role, 'pdpa.fulfil'),
  };
}
