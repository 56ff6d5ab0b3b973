import { z } from 'zod';

/**
 * User names: 3–32 characters, Latin letters, digits, dot, dash and underscore, compared without
 * case. Thai staff often use their romanised name (somchai.k); keeping names ASCII avoids
 * look-alike accounts and keyboard-layout trouble at the sign-in screen.
 */
export const USER_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export function normaliseUserName(typed: string): string {
  return typed.normalize('NFKC').trim().toLowerCase();
}

export const userNameSchema = z
  .string()
  .max(64)
  .transform(normaliseUserName)
  .pipe(z.string().regex(USER_NAME_PATTERN, { message: 'user_name_format' }));
