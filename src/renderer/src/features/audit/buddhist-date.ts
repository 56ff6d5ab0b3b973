import { z } from 'zod';
import {
  parseBuddhistDateParts,
  toBuddhistYear,
  type BuddhistDateInputProblem,
  type BuddhistDateParts,
} from '../../../../shared/thai';

export type { BuddhistDateParts };

export const EMPTY_DATE: BuddhistDateParts = { day: '', month: '', year: '' };

/**
 * The years the audit filter accepts as Buddhist era. Any Gregorian year of living memory
 * (1900–2157) falls below 2500 and is refused, so "2026" can never be read as either calendar: a
 * clerk who types the Gregorian year is told to type the Buddhist one.
 */
export const BE_YEAR_RANGE = { min: 2500, max: 2700 } as const;

export type BuddhistDateProblem = 'date_incomplete' | 'date_year_not_be' | 'date_no_such_date';

export type BuddhistDateResult =
  { ok: true; isoDate: string | undefined } | { ok: false; problem: BuddhistDateProblem };

/** The filter's three messages, coarser than the shared parser's reasons. */
const PROBLEM_OF: Readonly<Record<BuddhistDateInputProblem, BuddhistDateProblem>> = {
  empty: 'date_incomplete',
  format: 'date_no_such_date',
  invalid_date: 'date_no_such_date',
  year_format: 'date_year_not_be',
  looks_gregorian: 'date_year_not_be',
  year_out_of_range: 'date_year_not_be',
};

/** Day/month/BE year → `YYYY-MM-DD` (Gregorian); all three empty → no date. */
export function buddhistDateToIso(parts: BuddhistDateParts): BuddhistDateResult {
  const filled = [parts.day, parts.month, parts.year].filter((part) => part.trim() !== '');
  if (filled.length === 0) return { ok: true, isoDate: undefined };
  if (filled.length < 3) return { ok: false, problem: 'date_incomplete' };
  const result = parseBuddhistDateParts(parts, BE_YEAR_RANGE);
  return result.ok ? result : { ok: false, problem: PROBLEM_OF[result.reason] };
}

/** The Buddhist-era year of today, for examples in messages. */
export function currentBuddhistYear(now = new Date()): number {
  return toBuddhistYear(now.getFullYear());
}

/** The three boxes as a zod schema whose output is the ISO date (or undefined when empty). */
export const buddhistDateSchema = z
  .object({ day: z.string(), month: z.string(), year: z.string() })
  .transform((parts, ctx) => {
    const result = buddhistDateToIso(parts);
    if (result.ok) return result.isoDate;
    ctx.issues.push({ code: 'custom', message: result.problem, input: parts });
    return z.NEVER;
  });
