import {
  accountIdSchema,
  accountUpdateSchema,
  newAccountSchema,
  passwordResetSchema,
  type Account,
} from '../../domain/accounts';
import { z } from 'zod';
import { method, output } from '../define';

/** Account changes (the key changes they cause are the vault's events). */
export const accountsAuditActions = [
  'account.created',
  'account.updated',
  'account.disabled',
  'account.enabled',
  'account.removed',
  'account.password_changed',
  'account.password_reset',
] as const;

/** Why main refuses an account change (translated under `reasons.*`). */
export const accountsReasons = [
  'user_name_taken',
  'account_not_found',
  'account_not_active',
  'account_not_disabled',
  'cannot_change_own_access',
  'last_admin',
] as const;

export const accountsMethods = {
  'accounts.list': method({
    input: z.strictObject({}),
    output: output<Account[]>(),
    access: 'accounts.manage',
  }),
  'accounts.create': method({
    input: newAccountSchema,
    output: output<Account>(),
    access: 'accounts.manage',
  }),
  'accounts.update': method({
    input: accountUpdateSchema,
    output: output<Account>(),
    access: 'accounts.manage',
  }),
  'accounts.resetPassword': method({
    input: passwordResetSchema,
    output: output<null>(),
    access: 'accounts.manage',
  }),
  'accounts.disable': method({
    input: accountIdSchema,
    output: output<null>(),
    access: 'accounts.manage',
  }),
  /** Re-enabling sets a new temporary password: the old key slot was deleted on disabling. */
  'accounts.enable': method({
    input: passwordResetSchema,
    output: output<null>(),
    access: 'accounts.manage',
  }),
  'accounts.remove': method({
    input: accountIdSchema,
    output: output<null>(),
    access: 'accounts.manage',
  }),
};
