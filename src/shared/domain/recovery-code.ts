/**
 * Recovery codes: 25 characters of Crockford's base32 (no I, L, O, U) in five groups of five,
 * 125 random bits. People type them back from a printed sheet, so reading is forgiving: case,
 * spaces and dashes do not matter, and O/I/L are read as 0/1/1.
 */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 5;
export const RECOVERY_GROUP_LENGTH = 5;
const LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH;

/** Formats 25 code characters as `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`. */
export function formatRecoveryCode(chars: string): string {
  return chars.match(new RegExp(`.{1,${RECOVERY_GROUP_LENGTH}}`, 'g'))?.join('-') ?? '';
}

/** The canonical 25 characters of a typed code, or null if it cannot be one. */
export function normaliseRecoveryCode(typed: string): string | null {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length !== LENGTH) return null;
  for (const char of chars) if (!RECOVERY_ALPHABET.includes(char)) return null;
  return chars;
}

/** Builds a code from random bytes (at least 25), one character per byte's low 5 bits. */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < LENGTH) throw new RangeError('need 25 random bytes');
  let chars = '';
  for (let i = 0; i < LENGTH; i++) chars += RECOVERY_ALPHABET[bytes[i]! & 31];
  return formatRecoveryCode(chars);
}
