import { z } from 'zod';
import { VAULT_NOTICES, type VaultStatus } from '../../domain/vault';
import { passwordInputSchema } from '../../domain/password';
import { method, output } from '../define';

/** The office's keys: what the slot registry and the key rotation record. */
export const vaultAuditActions = [
  'vault.key_rotated',
  'vault.rotation_finished',
  'vault.slot_rejected',
  'vault.slot_file_repaired',
  'vault.slots_adopted',
  'vault.recovery_renewed',
  'vault.compartment_created',
  'vault.compartment_removed',
  'vault.compartment_unreadable',
  'vault.notice_dismissed',
] as const;

export const vaultReasons = ['recovery_code_not_pending'] as const;

export const vaultMethods = {
  /** What an admin must know about the keys (notices to act on, the audit anchor to note). */
  'vault.status': method({
    input: z.strictObject({}),
    output: output<VaultStatus>(),
    access: 'vault.manage',
  }),
  /**
   * The admin has seen that the slot file was found edited (and repaired). The recovery-code
   * notice cannot be dismissed: it goes when a new code is made.
   */
  'vault.dismissNotice': method({
    input: z.strictObject({ notice: z.enum(VAULT_NOTICES).extract(['slot_file_tampered']) }),
    output: output<null>(),
    access: 'vault.manage',
  }),
  /**
   * Step 1 of a new recovery code: the admin types their password again (an unattended screen
   * cannot be used to take the code) and gets the new code to note. Nothing changes yet: like the
   * first-run wizard, the code takes effect only once the admin says it is stored (step 2), so a
   * lock or a closed window in between never leaves the office with a code nobody noted.
   */
  'vault.renewRecoveryCode': method({
    input: z.strictObject({ password: passwordInputSchema }),
    output: output<{ recoveryCode: string }>(),
    access: 'vault.manage',
  }),
  /**
   * Step 2: the code shown by step 1, in this same signed-in session, becomes the recovery code;
   * the old one stops working (the key rotates). CONFLICT `recovery_code_not_pending` otherwise.
   */
  'vault.confirmRecoveryCode': method({
    input: z.strictObject({ stored: z.literal(true) }),
    output: output<null>(),
    access: 'vault.manage',
  }),
};
