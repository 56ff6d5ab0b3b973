import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';

/** Whether the signed-in person sees the vault's notices (main refuses the others anyway). */
export function useCanManageVault(): boolean {
  return roleHasPermission(useSignedInUser().role, 'vault.manage');
}
