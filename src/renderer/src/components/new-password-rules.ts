import type { z } from 'zod';
import { assessPassword } from '../../../shared/domain/password-strength';

interface NewPasswordFields {
  password: string;
  confirmation: string;
  /** The account the password is for: a password containing its name is refused by main. */
  userName?: string;
  fullName?: string;
}

/**
 * A zod `superRefine` for forms that set a new password: the two entries must match, and the
 * password must pass the same strength rules main applies (`assessPassword`), so that a weak
 * password is refused before any call is made. The issue messages are reason keys
 * (`password_weak`…) that `fieldErrorMessage` translates.
 */
export function refineNewPassword<T>(
  pick: (values: T) => NewPasswordFields,
  paths: { password: string; confirmation: string },
) {
  return (values: T, ctx: z.RefinementCtx) => {
    const { password, confirmation, userName, fullName } = pick(values);
    // Length and encoding are already reported by the field's own schema.
    const strength = assessPassword(password, { userName, fullName }).problems.find(
      (problem) => problem === 'weak' || problem === 'contains_user_name',
    );
    if (strength) {
      ctx.addIssue({ code: 'custom', path: [paths.password], message: `password_${strength}` });
    }
    if (password !== confirmation) {
      ctx.addIssue({ code: 'custom', path: [paths.confirmation], message: 'password_mismatch' });
    }
  };
}
