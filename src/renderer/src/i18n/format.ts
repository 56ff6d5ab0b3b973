import type { Language } from '../../../shared/domain/preferences';
import { BANGKOK_TIME_ZONE, formatBuddhistDate } from '../../../shared/thai';

/**
 * Dates are stored Gregorian (ISO-8601) and always shown in the Buddhist era, in both languages:
 * Thai gives "10 เมษายน 2566", English "10 April 2566 BE". Only styles with a four-digit year are
 * offered — th-TH's `short` style prints "10/4/66", which a clerk cannot tell from a CE year.
 */
export type DateStyle = 'long' | 'medium';

const DATE_LOCALES: Readonly<Record<Language, string>> = {
  th: 'th-TH-u-ca-buddhist',
  en: 'en-GB-u-ca-buddhist',
};

/**
 * Formats a calendar date (`YYYY-MM-DD`, such as a birth date). It is read as a date, not an
 * instant, so it shows the same day whatever the PC's time zone.
 */
export function formatDate(isoDate: string, language: Language, style: DateStyle = 'long'): string {
  return formatBuddhistDate(isoDate, language, { style: style === 'medium' ? 'short' : 'long' });
}

/**
 * Formats an instant (an ISO-8601 timestamp, stored in UTC) as a date and time in the PC's time
 * zone, or in `timeZone` when given.
 */
export function formatDateTime(
  isoTimestamp: string,
  language: Language,
  { style = 'medium', timeZone }: { style?: DateStyle; timeZone?: string } = {},
): string {
  const instant = new Date(isoTimestamp);
  if (Number.isNaN(instant.getTime()))
    throw new RangeError(`Not an ISO timestamp: ${isoTimestamp}`);
  return new Intl.DateTimeFormat(DATE_LOCALES[language], {
    dateStyle: style,
    timeStyle: 'short',
    timeZone,
  }).format(instant);
}

/**
 * Every Kaona office is in Thailand: timestamps on admin screens (last sign-in, the audit log) are
 * shown in Thai time even on a PC whose time-zone setting is wrong, so that two PCs agree.
 */
export const THAI_TIME_ZONE = BANGKOK_TIME_ZONE;
