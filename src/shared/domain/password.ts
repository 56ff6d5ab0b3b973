import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase, short enough that nobody can make Argon2 chew megabytes. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * Any password as typed at sign-in: not empty, not absurdly long, and well-formed Unicode (a lone
 * surrogate would become U+FFFD in UTF-8, so two different inputs would be the same password).
 */
export const passwordInputSchema = z
  .string()
  .min(1, { message: 'password_empty' })
  .max(PASSWORD_MAX_LENGTH, { message: 'password_too_long' })
  .refine((value) => value.isWellFormed(), { message: 'password_malformed' });

/**
 * A new password, as far as a schema can judge it. The strength rules (password-strength.ts) need
 * a 700 KB dictionary, so they are checked by main's services and the renderer's meter, not here:
 * the contract stays light enough for the preload.
 */
export const newPasswordSchema = passwordInputSchema.refine(
  (value) => [...value].length >= PASSWORD_MIN_LENGTH,
  {
    message: 'password_too_short',
  },
);
