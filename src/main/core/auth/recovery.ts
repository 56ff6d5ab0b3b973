import { normaliseRecoveryCode } from '../../../shared/domain/recovery-code';
import { normaliseUserName } from '../../../shared/domain/user-name';
import { findUserById, findUserByName, updateUser } from '../accounts/users-repository';
import { AppError } from '../errors';
import { checkPassword } from './password-policy';
import {
  acceptOrRefuse,
  checkThrottle,
  failed,
  spendArgon2Time,
  unlockOrExplain,
  type OpenedAs,
  type SignInDeps,
} from './sign-in';
import { closeUnlocked } from './unlocked-database';
import { loadSlotFile } from './vault/slot-file';
import { replaceUserSlot } from './vault/vault-changes';
import { raiseNotice } from './vault/vault-notices';

/**
 * A forgotten admin password: the recovery code opens the database, the named admin gets a new
 * key slot for the new password, and the reset is audited. Each use of the code asks the office
 * for a new one (the code has now been typed on this PC). Returns the open database for the
 * session to enter; a wrong code counts against the throttle like a wrong password.
 */
export async function recoverAdmin(
  deps: SignInDeps,
  typedCode: string,
  typedUserName: string,
  newPassword: string,
): Promise<OpenedAs> {
  checkThrottle(deps);
  const slotFile = loadSlotFile(deps.context.dataDir);
  const code = normaliseRecoveryCode(typedCode);
  // Every recovery slot the file holds is tried: a planted one first in the file must not hide
  // the real one. The registry then accepts only the registered slot.
  const candidates = code ? slotFile.slots.filter((slot) => slot.kind === 'recovery') : [];
  if (candidates.length === 0) await spendArgon2Time();
  let unlocked = null;
  let recoverySlot = null;
  for (const slot of candidates) {
    unlocked = await unlockOrExplain(deps.context, slotFile, slot, code!);
    if (unlocked) {
      recoverySlot = slot;
      break;
    }
  }
  if (!unlocked || !recoverySlot) return failed(deps, '(recovery)');
  await acceptOrRefuse(deps, unlocked, slotFile, recoverySlot, { kind: 'recovery' }, '(recovery)');

  try {
    const admin = await findUserByName(unlocked.db, normaliseUserName(typedUserName));
    if (!admin || admin.status !== 'active' || admin.role !== 'admin')
      throw new AppError('NOT_FOUND', 'recovery_user_not_admin');
    checkPassword(newPassword, admin.user_name, admin.full_name);
    const actor = { id: admin.id, userName: admin.user_name, role: admin.role };
    const { clock, dataDir } = deps.context;
    await replaceUserSlot({ dataDir, unlocked, clock, actor }, admin, newPassword, {
      action: 'account.password_reset',
      outcome: 'success',
      target: { type: 'user', id: admin.id },
      details: { via: 'recovery_code' },
    });
    await updateUser(unlocked.db, admin.id, {
      must_change_password: 0,
      updated_at: clock.now().toISOString(),
    });
    await raiseNotice(unlocked.db, 'recovery_code_renewal', clock.now());
    const user = await findUserById(unlocked.db, admin.id);
    if (!user) throw new Error('admin vanished during recovery');
    return { user, unlocked };
  } catch (error) {
    // Nobody is signed in after a refused recovery: the database must not stay open.
    await closeUnlocked(unlocked);
    throw error;
  }
}
