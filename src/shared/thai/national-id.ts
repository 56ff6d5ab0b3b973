import { z } from 'zod';
import { thaiDigitsToArabic } from './thai-digits';

/**
 * The 13-digit Thai national ID (เลขประจำตัวประชาชน). The last digit is a check digit: digits 1–12
 * are multiplied by 13, 12, …, 2 and summed, and check = (11 − sum mod 11) mod 10. The first digit
 * (person type) is not restricted: 0-prefixed numbers are issued to some non-Thai groups, so any
 * 13 digits with a valid check are accepted.
 *
 * Two blind spots of that checksum matter to callers: digit 3 has weight 11 ≡ 0 (mod 11), so a
 * typo there is never caught, and sums ≡ 0 and ≡ 10 (mod 11) both give check digit 1. A valid
 * checksum shows the number was probably copied right, not that it belongs to this person.
 */
export const NATIONAL_ID_LENGTH = 13;

/**
 * - `empty`: nothing typed (a stateless beneficiary records another document instead);
 * - `characters`: something other than digits, spaces and dashes;
 * - `length`: not 13 digits;
 * - `checksum`: the check digit does not match.
 */
export type NationalIdProblem = 'empty' | 'characters' | 'length' | 'checksum';

export type NationalIdResult =
  { ok: true; nationalId: string } | { ok: false; reason: NationalIdProblem };

/** Spaces (also non-breaking and zero-width ones) and any kind of dash or minus sign. */
const SEPARATORS = /[\s\p{Cf}\p{Pd}\u2212]/gu;
const DIGITS = /^\d*$/;

/** What a clerk typed or scanned ("1 2345 67890 12 1", "๑-๒๓๔๕-…"), as bare Arabic digits. */
export function normaliseNationalId(typed: string): string {
  return thaiDigitsToArabic(typed.normalize('NFKC')).replace(SEPARATORS, '');
}

/** The check digit for the first twelve digits. */
export function nationalIdCheckDigit(firstTwelve: string): number {
  if (!/^\d{12}$/.test(firstTwelve)) throw new RangeError('Expected 12 digits');
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += Number(firstTwelve[index]) * (13 - index);
  return (11 - (sum % 11)) % 10;
}

export function validateNationalId(typed: string): NationalIdResult {
  const digits = normaliseNationalId(typed);
  if (!digits) return { ok: false, reason: 'empty' };
  if (!DIGITS.test(digits)) return { ok: false, reason: 'characters' };
  if (digits.length !== NATIONAL_ID_LENGTH) return { ok: false, reason: 'length' };
  if (nationalIdCheckDigit(digits.slice(0, 12)) !== Number(digits[12]))
    return { ok: false, reason: 'checksum' };
  return { ok: true, nationalId: digits };
}

export function isValidNationalId(typed: string): boolean {
  return validateNationalId(typed).ok;
}

/** 1-2345-67890-12-1, the grouping printed on the ID card. */
export function formatNationalId(nationalId: string): string {
  const digits = normaliseNationalId(nationalId);
  const groups = /^(\d)(\d{4})(\d{5})(\d{2})(\d)$/.exec(digits);
  if (!groups) throw new RangeError('Not a 13-digit national ID');
  return groups.slice(1).join('-');
}

/** For forms and the contract: stores the bare 13 digits; the message is `national_id_<reason>`. */
export const nationalIdSchema = z
  .string()
  .max(64)
  .transform((typed, ctx) => {
    const result = validateNationalId(typed);
    if (result.ok) return result.nationalId;
    ctx.issues.push({ code: 'custom', message: `national_id_${result.reason}`, input: typed });
    return z.NEVER;
  });
