import type { z } from 'zod';
import { vaultMethods } from '../../../../shared/contract/methods/vault';
import type { ServerErrorFields } from '../../components/forms/server-errors';

/** The contract's own input: the admin's password, typed again. */
export const renewRecoveryFormSchema = vaultMethods['vault.renewRecoveryCode'].input;
export type RenewRecoveryFormValues = z.input<typeof renewRecoveryFormSchema>;

export const RENEW_RECOVERY_DEFAULTS: RenewRecoveryFormValues = { password: '' };

/** A wrong password belongs under the password box; anything else (throttled…) to the form. */
export const RENEW_RECOVERY_ERRORS: ServerErrorFields<RenewRecoveryFormValues> = {
  fields: ['password'],
  reasons: { current_password_wrong: 'password' },
};
