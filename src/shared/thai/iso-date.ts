/**
 * Calendar dates as the app stores them: Gregorian `YYYY-MM-DD`, no time and no zone. The
 * arithmetic is done on the numbers, never on a local `Date`, so a PC set to another time zone
 * cannot shift a date by a day.
 */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isGregorianLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isGregorianLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isCalendarDate({ year, month, day }: CalendarDate): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function readIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isCalendarDate(date) ? date : null;
}

/** Reads `YYYY-MM-DD`; throws a RangeError for anything else or a day that does not exist. */
export function parseIsoDate(isoDate: string): CalendarDate {
  const date = readIsoDate(isoDate);
  if (!date) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return date;
}

export function isIsoDate(text: string): boolean {
  return readIsoDate(text) !== null;
}

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Milliseconds of 00:00 UTC on that date; `Date.UTC` would read years 0–99 as 1900–1999. */
export function utcMidnightMs({ year, month, day }: CalendarDate): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(utcMidnightMs(parseIsoDate(isoDate)) + days * MS_PER_DAY);
  return toIsoDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}
