import { PASSWORD_PROBLEMS } from '../domain/password-strength';

/**
 * Reasons that more than one feature gives: the password rules (setup, accounts, the own
 * password change and recovery all check a new password), and why the database could not be
 * opened (sign-in, unlock, recovery). Each feature's own reasons live in its contract file.
 */
export const commonReasons = [
  ...PASSWORD_PROBLEMS.map((problem) => `password_${problem}` as const),
  'key_file_damaged',
  'database_unreadable',
  'database_damaged',
  'database_newer',
  'database_missing',
] as const;
