import { isCalendarDate, toIsoDate } from './iso-date';
import { toGregorianYear } from './buddhist-era';
import { thaiDigitsToArabic } from './thai-digits';

/**
 * Reading a date a clerk typed as day / month / พ.ศ. year. A year such as 2026 is refused, not
 * guessed: read as พ.ศ. it is 1483, read as ค.ศ. it is 2569, and a birth date or a session date
 * must not silently become either.
 */

/** A date as typed in three boxes (or split from "d/m/yyyy"), Thai or Arabic digits. */
export interface BuddhistDateParts {
  day: string;
  month: string;
  year: string;
}

/**
 * Why a typed date was refused, so a form can say what to fix:
 * - `empty`: nothing was typed;
 * - `format`: not three numbers (day and month of one or two digits);
 * - `year_format`: the year is not four digits ("69" — type the whole พ.ศ. year);
 * - `looks_gregorian`: a four-digit year below 2400, which is a ค.ศ. year ("type the year in พ.ศ.");
 * - `year_out_of_range`: a พ.ศ. year outside the range the field accepts;
 * - `invalid_date`: no such day (31/4, 29/2 of a common year, month 13).
 */
export type BuddhistDateInputProblem =
  'empty' | 'format' | 'year_format' | 'looks_gregorian' | 'year_out_of_range' | 'invalid_date';

export type BuddhistDateInputResult =
  { ok: true; isoDate: string } | { ok: false; reason: BuddhistDateInputProblem };

export interface BuddhistYearRange {
  min: number;
  max: number;
}

/**
 * พ.ศ. 2400 is ค.ศ. 1857, and no ค.ศ. year anyone types today comes near 2400, so the line between
 * "a ค.ศ. year typed by mistake" and "a พ.ศ. year" is drawn there.
 */
export const GREGORIAN_LOOKING_BELOW = 2400;

/**
 * Accepted by default: from พ.ศ. 2400 (older beneficiaries' birth dates lie in the 2470s) to 2700
 * (ค.ศ. 2157). A field narrows it (a session date, a licence expiry) by passing its own range.
 */
export const DEFAULT_BUDDHIST_YEAR_RANGE: BuddhistYearRange = { min: 2400, max: 2700 };

const DAY_OR_MONTH = /^\d{1,2}$/;
const FOUR_DIGITS = /^\d{4}$/;
/** "2/12/2569", "2-12-2569", "2.12.2569", with spaces around the separators tolerated. */
const TYPED_DATE = /^([^/.\-\s]+)\s*[/.-]\s*([^/.\-\s]+)\s*[/.-]\s*([^/.\-\s]+)$/;

/**
 * The year is checked before the day and month: a ค.ศ. year is the likeliest mistake and its
 * message is the most helpful one.
 */
export function parseBuddhistDateParts(
  parts: BuddhistDateParts,
  range: BuddhistYearRange = DEFAULT_BUDDHIST_YEAR_RANGE,
): BuddhistDateInputResult {
  const day = thaiDigitsToArabic(parts.day.trim());
  const month = thaiDigitsToArabic(parts.month.trim());
  const year = thaiDigitsToArabic(parts.year.trim());
  if (!day && !month && !year) return { ok: false, reason: 'empty' };
  if (!FOUR_DIGITS.test(year)) return { ok: false, reason: 'year_format' };
  const buddhistYear = Number(year);
  if (buddhistYear < range.min || buddhistYear > range.max) {
    const reason = buddhistYear < GREGORIAN_LOOKING_BELOW ? 'looks_gregorian' : 'year_out_of_range';
    return { ok: false, reason };
  }
  if (!DAY_OR_MONTH.test(day) || !DAY_OR_MONTH.test(month)) return { ok: false, reason: 'format' };
  const date = { year: toGregorianYear(buddhistYear), month: Number(month), day: Number(day) };
  if (!isCalendarDate(date)) return { ok: false, reason: 'invalid_date' };
  return { ok: true, isoDate: toIsoDate(date) };
}

/** Reads "d/m/yyyy" (also with `-` or `.`) in the Buddhist era into an ISO date. */
export function parseBuddhistDate(
  typed: string,
  range: BuddhistYearRange = DEFAULT_BUDDHIST_YEAR_RANGE,
): BuddhistDateInputResult {
  const text = typed.trim();
  if (!text) return { ok: false, reason: 'empty' };
  const match = TYPED_DATE.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  const [, day = '', month = '', year = ''] = match;
  return parseBuddhistDateParts({ day, month, year }, range);
}
