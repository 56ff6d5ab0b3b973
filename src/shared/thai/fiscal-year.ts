import { toBuddhistYear, toGregorianYear } from './buddhist-era';
import { parseIsoDate, toIsoDate } from './iso-date';

/**
 * The Thai government fiscal year (ปีงบประมาณ) runs 1 October – 30 September and is named by the
 * พ.ศ. year in which it ends: 1 October 2026 (ค.ศ.) opens fiscal year 2570. Programme reports
 * count by it. All functions take calendar dates; for a stored timestamp, take its Bangkok date
 * first (`bangkokDate`), or an event late on 30 September UTC lands in the wrong year.
 */
const FIRST_MONTH = 10;

export type FiscalQuarter = 1 | 2 | 3 | 4;

export interface DateBounds {
  /** First day, included. */
  first: string;
  /** Last day, included. */
  last: string;
}

/** The fiscal year (พ.ศ.) that contains the date. */
export function fiscalYearOf(isoDate: string): number {
  const { year, month } = parseIsoDate(isoDate);
  return toBuddhistYear(month >= FIRST_MONTH ? year + 1 : year);
}

/** 1 October of the previous ค.ศ. year to 30 September. */
export function fiscalYearBounds(fiscalYear: number): DateBounds {
  const endYear = toGregorianYear(assertYear(fiscalYear));
  return {
    first: toIsoDate({ year: endYear - 1, month: FIRST_MONTH, day: 1 }),
    last: toIsoDate({ year: endYear, month: 9, day: 30 }),
  };
}

/** Quarter 1 is October–December, quarter 4 July–September. */
export function fiscalQuarterOf(isoDate: string): { fiscalYear: number; quarter: FiscalQuarter } {
  const { month } = parseIsoDate(isoDate);
  const monthsIntoYear = (month - FIRST_MONTH + 12) % 12;
  return {
    fiscalYear: fiscalYearOf(isoDate),
    quarter: (Math.floor(monthsIntoYear / 3) + 1) as FiscalQuarter,
  };
}

export function fiscalQuarterBounds(fiscalYear: number, quarter: FiscalQuarter): DateBounds {
  if (![1, 2, 3, 4].includes(quarter)) throw new RangeError(`Not a fiscal quarter: ${quarter}`);
  const endYear = toGregorianYear(assertYear(fiscalYear));
  const firstMonth = ((FIRST_MONTH - 1 + (quarter - 1) * 3) % 12) + 1;
  const year = firstMonth >= FIRST_MONTH ? endYear - 1 : endYear;
  const lastMonth = firstMonth + 2;
  const lastDay = lastMonth === 6 || lastMonth === 9 ? 30 : 31;
  return {
    first: toIsoDate({ year, month: firstMonth, day: 1 }),
    last: toIsoDate({ year, month: lastMonth, day: lastDay }),
  };
}

/**
 * Every fiscal year that a date range touches, oldest first, both ends included: the rows of a
 * report by fiscal year. Throws a RangeError when `to` is before `from`.
 */
export function fiscalYearsBetween(from: string, to: string): number[] {
  const first = fiscalYearOf(from);
  const last = fiscalYearOf(to);
  if (from > to) throw new RangeError(`The range ends (${to}) before it starts (${from})`);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Fiscal years whose days all have four-digit ISO years (ค.ศ. 1–9999). */
function assertYear(fiscalYear: number): number {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 545 || fiscalYear > 10_542)
    throw new RangeError(`Not a fiscal year: ${fiscalYear}`);
  return fiscalYear;
}
