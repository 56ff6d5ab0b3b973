import { z } from 'zod';
import { ownPasswordChangeSchema } from '../../../../../shared/domain/accounts';
import { refineNewPassword } from '../../../components/new-password-rules';

/** The contract's input plus the confirmation; strength is judged for this person's names. */
export function changePasswordFormSchema(user: { userName: string; fullName: string }) {
  return ownPasswordChangeSchema.extend({ confirmation: z.string() }).superRefine(
    refineNewPassword(
      (values: { newPassword: string; confirmation: string }) => ({
        password: values.newPassword,
        confirmation: values.confirmation,
        ...user,
      }),
      { password: 'newPassword', confirmation: 'confirmation' },
    ),
  );
}

export type ChangePasswordValues = z.input<ReturnType<typeof changePasswordFormSchema>>;

export const CHANGE_PASSWORD_DEFAULTS: ChangePasswordValues = {
  currentPassword: '',
  newPassword: '',
  confirmation: '',
};
