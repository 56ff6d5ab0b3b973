import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';

/** What the signed-in role may do here; only hides buttons (main checks every call). */
export function useReferralPermissions() {
  const { role } = useSignedInUser();
  return {
    canWrite: roleHasPermission(role, 'referrals.write'),
    canReveal: roleHasPermission(role, 'cases.reveal'),
  };
}
