import { z } from 'zod';
import { thaiDigitsToArabic } from './thai-digits';

/**
 * Thai phone numbers, in the national form a clerk reads aloud: mobiles are 10 digits starting
 * 06, 08 or 09; landlines 9 digits, 02 for Bangkok and 03, 04, 05 or 07 for the provinces. They
 * are stored in E.164 (+66 and the number without its leading 0) and shown in the national form.
 */
export type PhoneKind = 'mobile' | 'landline';

export interface ThaiPhone {
  /** 0812345678 */
  national: string;
  /** +66812345678 */
  e164: string;
  kind: PhoneKind;
}

/**
 * - `empty`: nothing typed;
 * - `characters`: letters or symbols other than + ( ) . - and spaces ("ต่อ 12" extensions too);
 * - `country`: an international number outside Thailand (+1 …);
 * - `prefix`: no Thai number starts like this (01…, 1300 hotlines);
 * - `length`: a known start with too few or too many digits.
 */
export type PhoneProblem = 'empty' | 'characters' | 'country' | 'prefix' | 'length';

export type PhoneResult = { ok: true; phone: ThaiPhone } | { ok: false; reason: PhoneProblem };

const COUNTRY_CODE = '66';
const ALLOWED = /^\+?[\d\s().\-\u0E50-\u0E59]+$/;
const NON_DIGITS = /\D/g;
const MOBILE = /^0[689]\d{8}$/;
const LANDLINE = /^0[2-57]\d{7}$/;

/**
 * A national number always starts with 0, so digits starting 66 are the country code even
 * without the +. People also write "+66 (0)81…", keeping the national 0 after the code.
 */
function toNational(digits: string, hasPlus: boolean): string | null {
  if (hasPlus || digits.startsWith(COUNTRY_CODE)) {
    if (!digits.startsWith(COUNTRY_CODE)) return null;
    const subscriber = digits.slice(COUNTRY_CODE.length);
    return subscriber.startsWith('0') ? subscriber : `0${subscriber}`;
  }
  return digits;
}

function classify(national: string): PhoneKind | PhoneProblem {
  if (MOBILE.test(national)) return 'mobile';
  if (LANDLINE.test(national)) return 'landline';
  return /^0[2-9]/.test(national) ? 'length' : 'prefix';
}

export function parseThaiPhone(typed: string): PhoneResult {
  const text = thaiDigitsToArabic(typed.normalize('NFKC')).trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (!ALLOWED.test(text)) return { ok: false, reason: 'characters' };
  const national = toNational(text.replace(NON_DIGITS, ''), text.startsWith('+'));
  if (national === null) return { ok: false, reason: 'country' };
  const kind = classify(national);
  if (kind !== 'mobile' && kind !== 'landline') return { ok: false, reason: kind };
  return { ok: true, phone: { national, e164: `+${COUNTRY_CODE}${national.slice(1)}`, kind } };
}

/** 081-234-5678, 02-123-4567, 053-123-456. Throws a RangeError for an invalid number. */
export function formatThaiPhone(phone: string): string {
  const result = parseThaiPhone(phone);
  if (!result.ok) throw new RangeError(`Not a Thai phone number (${result.reason})`);
  const { national } = result.phone;
  const groups = national.startsWith('02')
    ? [national.slice(0, 2), national.slice(2, 5), national.slice(5)]
    : [national.slice(0, 3), national.slice(3, 6), national.slice(6)];
  return groups.join('-');
}

/** For forms and the contract: stores E.164; the message is `phone_<reason>`. */
export const thaiPhoneSchema = z
  .string()
  .max(64)
  .transform((typed, ctx) => {
    const result = parseThaiPhone(typed);
    if (result.ok) return result.phone.e164;
    ctx.issues.push({ code: 'custom', message: `phone_${result.reason}`, input: typed });
    return z.NEVER;
  });
