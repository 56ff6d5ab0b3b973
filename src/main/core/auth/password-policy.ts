import { assessPassword } from '../../../shared/domain/password-strength';
import { AppError } from '../errors';

/**
 * The full strength rules for a new password (the contract's schema only checks length and
 * encoding): setup, account creation, resets, the own change and recovery all go through here.
 */
export function checkPassword(password: string, userName: string, fullName: string): void {
  const { problems } = assessPassword(password, { userName, fullName });
  const problem = problems[0];
  if (problem) throw new AppError('VALIDATION', `password_${problem}`);
}
