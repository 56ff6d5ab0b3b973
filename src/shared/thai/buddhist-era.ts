import type { Language } from '../domain/preferences';
import { bangkokDate } from './bangkok-time';
import { parseIsoDate } from './iso-date';
import { withDigits, type DigitStyle } from './thai-digits';

/**
 * Dates are stored Gregorian and shown in the Buddhist era (พ.ศ. = ค.ศ. + 543) in both languages.
 * The calendar is the Gregorian one renumbered, so 29 February exists in a พ.ศ. year exactly when
 * it exists in the matching ค.ศ. year.
 */
export const BUDDHIST_ERA_OFFSET = 543;

export function toBuddhistYear(gregorianYear: number): number {
  return gregorianYear + BUDDHIST_ERA_OFFSET;
}

export function toGregorianYear(buddhistYear: number): number {
  return buddhistYear - BUDDHIST_ERA_OFFSET;
}

/**
 * `long`: 2 ธันวาคม 2569 / 2 December 2569 BE (letters, certificates).
 * `short`: 2 ธ.ค. 2569 / 2 Dec 2569 BE (tables).
 * `numeric`: 02/12/2569 in both languages (forms, compact lists).
 * Every style prints the four-digit year: "2/12/69" could be read as a ค.ศ. year.
 */
export type BuddhistDateStyle = 'long' | 'short' | 'numeric';

export interface BuddhistDateFormatOptions {
  style?: BuddhistDateStyle;
  /** Official letters may print Thai digits (๒ ธันวาคม ๒๕๖๙), per the office's setting. */
  digits?: DigitStyle;
}

/**
 * The month names are spelled out rather than taken from Intl so that main (Node's ICU) and the
 * renderer (Chromium's) print letters identically; a test checks them against Intl.
 */
const MONTH_NAMES: Readonly<Record<Language, Record<'long' | 'short', readonly string[]>>> = {
  th: {
    long: [
      'มกราคม',
      'กุมภาพันธ์',
      'มีนาคม',
      'เมษายน',
      'พฤษภาคม',
      'มิถุนายน',
      'กรกฎาคม',
      'สิงหาคม',
      'กันยายน',
      'ตุลาคม',
      'พฤศจิกายน',
      'ธันวาคม',
    ],
    short: [
      'ม.ค.',
      'ก.พ.',
      'มี.ค.',
      'เม.ย.',
      'พ.ค.',
      'มิ.ย.',
      'ก.ค.',
      'ส.ค.',
      'ก.ย.',
      'ต.ค.',
      'พ.ย.',
      'ธ.ค.',
    ],
  },
  en: {
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    // British English, as CLDR's en-GB (and so the rest of the app's English dates) writes it.
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
};

/** English readers need to be told the year is not ค.ศ.; Thai readers expect พ.ศ. years. */
const ERA_SUFFIX: Readonly<Record<Language, string>> = { th: '', en: ' BE' };

export function monthName(month: number, language: Language, form: 'long' | 'short'): string {
  const name = MONTH_NAMES[language][form][month - 1];
  if (name === undefined) throw new RangeError(`No month ${month}`);
  return name;
}

/**
 * Formats a calendar date (`YYYY-MM-DD`, such as a birth date) in the Buddhist era. It is read as
 * a date, not an instant, so it shows the same day whatever the PC's time zone. Throws a
 * RangeError for anything that is not an existing ISO date.
 */
export function formatBuddhistDate(
  isoDate: string,
  language: Language,
  { style = 'long', digits = 'arabic' }: BuddhistDateFormatOptions = {},
): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const buddhistYear = toBuddhistYear(year);
  const text =
    style === 'numeric'
      ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${buddhistYear}`
      : `${day} ${monthName(month, language, style)} ${buddhistYear}${ERA_SUFFIX[language]}`;
  return withDigits(text, digits);
}

/** Formats the Bangkok calendar date of an instant (a stored UTC timestamp) in the Buddhist era. */
export function formatBuddhistInstantDate(
  instant: Date | string,
  language: Language,
  options: BuddhistDateFormatOptions = {},
): string {
  return formatBuddhistDate(bangkokDate(instant), language, options);
}
