/** Refusals of a new password: main's (shared/domain/password.ts) and the strength rules'. */
const NEW_PASSWORD_REASONS = [
  'password_empty',
  'password_too_short',
  'password_too_long',
  'password_malformed',
  'password_weak',
  'password_contains_user_name',
] as const;

/** Puts every refusal of a new password under the one field where it was typed. */
export function newPasswordReasons<F extends string>(field: F): Record<string, F> {
  return Object.fromEntries(NEW_PASSWORD_REASONS.map((reason) => [reason, field]));
}
