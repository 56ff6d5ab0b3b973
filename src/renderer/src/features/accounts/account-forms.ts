import { z } from 'zod';
import {
  accountUpdateSchema,
  newAccountSchema,
  passwordResetSchema,
  type Account,
} from '../../../../shared/domain/accounts';
import { refineNewPassword } from '../../components/new-password-rules';

/**
 * The account forms validate with the very schemas main parses the call with (docs/conventions.md, forms).
 * The additions never leave the page: the second password box, and main's strength rules, checked
 * here too so that a weak password is refused before any call.
 */
const confirmation = { confirmPassword: z.string() };
const PASSWORD_PATHS = { password: 'temporaryPassword', confirmation: 'confirmPassword' };

export const createAccountFormSchema = newAccountSchema.extend(confirmation).superRefine(
  refineNewPassword(
    (values: {
      userName: string;
      fullName: string;
      temporaryPassword: string;
      confirmPassword: string;
    }) => ({
      password: values.temporaryPassword,
      confirmation: values.confirmPassword,
      userName: values.userName,
      fullName: values.fullName,
    }),
    PASSWORD_PATHS,
  ),
);
export type CreateAccountFormInput = z.input<typeof createAccountFormSchema>;
export type CreateAccountFormOutput = z.output<typeof createAccountFormSchema>;

/** A new temporary password for an existing account, judged against that account's names. */
export function temporaryPasswordFormSchema(account: Pick<Account, 'userName' | 'fullName'>) {
  return passwordResetSchema.extend(confirmation).superRefine(
    refineNewPassword(
      (values: { temporaryPassword: string; confirmPassword: string }) => ({
        password: values.temporaryPassword,
        confirmation: values.confirmPassword,
        userName: account.userName,
        fullName: account.fullName,
      }),
      PASSWORD_PATHS,
    ),
  );
}
export type TemporaryPasswordFormValues = z.infer<ReturnType<typeof temporaryPasswordFormSchema>>;

export const editAccountFormSchema = accountUpdateSchema;
export type EditAccountFormValues = z.infer<typeof editAccountFormSchema>;
