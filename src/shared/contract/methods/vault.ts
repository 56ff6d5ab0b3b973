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

export const vaultReasons = [] as const;

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
   * A new recovery code, shown once: the old code stops working (the key rotates). The admin
   * types their password again, so an unattended screen cannot be used to take the code.
   */
  'vault.renewRecoveryCode': method({
    input: z.strictObject({ password: passwordInputSchema }),
    output: output<{ recoveryCode: string }>(),
    access: 'vault.manage',
  }),
};
