import type { Language } from '../../../../shared/domain/preferences';
import { monthName, toBuddhistYear } from '../../../../shared/thai';

export const SATANG_PER_BAHT = 100;

// Thai offices group thousands with commas and write satang (two digits) only when there are some.
const WHOLE_BAHT = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 0 });
const BAHT_AND_SATANG = new Intl.NumberFormat('th-TH', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** An amount kept in satang, as the figure a person reads ("12,500" or "12,500.50"). */
export function formatBaht(satang: number): string {
  const format = satang % SATANG_PER_BAHT === 0 ? WHOLE_BAHT : BAHT_AND_SATANG;
  return format.format(satang / SATANG_PER_BAHT);
}

/** What a person typed in baht, as the satang integer main keeps (NaN stays NaN for the schema). */
export function bahtToSatang(baht: number): number {
  return Math.round(baht * SATANG_PER_BAHT);
}

/** A Gregorian `YYYY-MM` as its พ.ศ. month ("มีนาคม 2569", "March 2569 BE"). */
export function formatMonth(month: string, language: Language, form: 'long' | 'short' = 'long') {
  const [year, number] = month.split('-').map(Number);
  const suffix = language === 'en' ? ' BE' : '';
  return `${monthName(number ?? 1, language, form)} ${toBuddhistYear(year ?? 0)}${suffix}`;
}

/** "1 ชม. 30 นาที" from minutes, as the session lists show a duration. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
