import type { DateEra, DateOrder } from '../../../shared/domain/imports';
import { isCalendarDate, toIsoDate } from '../../../shared/thai/iso-date';
import { thaiDigitsToArabic } from '../../../shared/thai/thai-digits';

/** Years at or above this are Buddhist-era years (พ.ศ. 2400 is ค.ศ. 1857). */
const BUDDHIST_YEAR_FLOOR = 2400;
const BUDDHIST_OFFSET = 543;

/**
 * A date cell as an ISO date, or null. Text dates follow the order and era the person declared
 * (15/03/2530 with `dmy` and `be`); a year in the other era is refused rather than guessed, since
 * 543 years off is the typical mistake the declaration exists to catch. A cell Excel stored as a
 * date arrives as `yyyy-mm-dd` (a real calendar day, whatever its display format) and is taken
 * as it is, except a year ≥ 2400: a พ.ศ. year typed into a date cell.
 */
export function readDate(cell: string, era: DateEra, order: DateOrder): string | null {
  const text = thaiDigitsToArabic(cell.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    return calendar(year >= BUDDHIST_YEAR_FLOOR ? year - BUDDHIST_OFFSET : year, iso[2]!, iso[3]!);
  }
  const parts = /^(\d{1,4})[/.\-\s](\d{1,2})[/.\-\s](\d{1,4})$/.exec(text);
  if (!parts) return null;
  const [a, b, c] = [parts[1]!, parts[2]!, parts[3]!];
  const [yearText, month, day] =
    order === 'dmy' ? [c, b, a] : order === 'mdy' ? [c, a, b] : [a, b, c];
  if (yearText.length !== 4) return null;
  const year = Number(yearText);
  const buddhist = year >= BUDDHIST_YEAR_FLOOR;
  if (buddhist !== (era === 'be')) return null;
  return calendar(buddhist ? year - BUDDHIST_OFFSET : year, month, day);
}

function calendar(year: number, monthText: string, dayText: string): string | null {
  const date = { year, month: Number(monthText), day: Number(dayText) };
  return isCalendarDate(date) ? toIsoDate(date) : null;
}
