import { bangkokToday, parseIsoDate } from '../../../../shared/thai';

/** Whole years from a birth date to today in Bangkok (a birthday today counts). */
export function ageInYears(birthDate: string, today: string = bangkokToday()): number {
  const born = parseIsoDate(birthDate);
  const now = parseIsoDate(today);
  const hadBirthday = now.month > born.month || (now.month === born.month && now.day >= born.day);
  return now.year - born.year - (hadBirthday ? 0 : 1);
}
