import { z } from 'zod';
import { safeText } from '../text/safe-text';

/**
 * User names: 3–32 characters, Latin letters, digits, dot, dash and underscore, compared without
 * case. Thai staff often use their romanised name (somchai.k); keeping names ASCII avoids
 * look-alike accounts and keyboard-layout trouble at the sign-in screen.
 */
export const USER_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export function normaliseUserName(typed: string): string {
  return typed.normalize('NFKC').trim().toLowerCase();
}

// The control-character check comes first so that "admin\u200B" is reported as an invisible
// character the person can remove, not as a format rule they seem to have followed.
export const userNameSchema = safeText()
  .max(64)
  .transform(normaliseUserName)
  .pipe(z.string().regex(USER_NAME_PATTERN, { message: 'user_name_format' }));
