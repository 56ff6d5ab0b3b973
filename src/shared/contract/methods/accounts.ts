import {
  accountIdSchema,
  accountUpdateSchema,
  newAccountSchema,
  passwordResetSchema,
  type Account,
} from '../../domain/accounts';
import { z } from 'zod';
import { method, output } from '../define';

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
