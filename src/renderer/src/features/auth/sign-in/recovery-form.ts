import { z } from 'zod';
import { sessionMethods } from '../../../../../shared/contract/methods/session';
import { normaliseRecoveryCode } from '../../../../../shared/domain/recovery-code';
import { refineNewPassword } from '../../../components/new-password-rules';

/** The contract's recovery input, plus the confirmation and the checks main would make. */
export const recoveryFormSchema = sessionMethods['session.recover'].input
  .extend({ confirmation: z.string() })
  .superRefine((values, ctx) => {
    // Forgiving like main (spaces, dashes, case, O for 0), but a wrong length is caught here.
    if (values.recoveryCode.trim() !== '' && normaliseRecoveryCode(values.recoveryCode) === null) {
      ctx.addIssue({ code: 'custom', path: ['recoveryCode'], message: 'recovery_code_format' });
    }
  })
  .superRefine(
    refineNewPassword(
      (values: { newPassword: string; confirmation: string; userName: string }) => ({
        password: values.newPassword,
        confirmation: values.confirmation,
        userName: values.userName,
      }),
      { password: 'newPassword', confirmation: 'confirmation' },
    ),
  );

export type RecoveryFormValues = z.input<typeof recoveryFormSchema>;
export type RecoveryFormOutput = z.output<typeof recoveryFormSchema>;

export const RECOVERY_FORM_DEFAULTS: RecoveryFormValues = {
  recoveryCode: '',
  userName: '',
  newPassword: '',
  confirmation: '',
};
