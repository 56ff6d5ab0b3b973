import { z } from 'zod';

/** A date as typed: day, month (1–12) and a Buddhist-era year, each as the text in its box. */
export interface BuddhistDateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: BuddhistDateParts = { day: '', month: '', year: '' };

const BUDDHIST_ERA_OFFSET = 543;

/**
 * The years accepted as Buddhist era. Any Gregorian year of living memory (1900–2157) falls below
 * 2500 and is refused, so "2026" can never be read as either calendar: a clerk who types the
 * Gregorian year is told to type the Buddhist one.
 */
export const BE_YEAR_RANGE = { min: 2500, max: 2700 } as const;

export type BuddhistDateProblem = 'date_incomplete' | 'date_year_not_be' | 'date_no_such_date';

export type BuddhistDateResult =
  { ok: true; isoDate: string | undefined } | { ok: false; problem: BuddhistDateProblem };

/** Day/month/BE year → `YYYY-MM-DD` (Gregorian); all three empty → no date. */
export function buddhistDateToIso(parts: BuddhistDateParts): BuddhistDateResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: true, isoDate: undefined };
  if (!day || !month || !year) return { ok: false, problem: 'date_incomplete' };
  if (!/^\d{4}$/.test(year)) return { ok: false, problem: 'date_year_not_be' };
  const beYear = Number(year);
  if (beYear < BE_YEAR_RANGE.min || beYear > BE_YEAR_RANGE.max)
    return { ok: false, problem: 'date_year_not_be' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month))
    return { ok: false, problem: 'date_no_such_date' };

  const ceYear = beYear - BUDDHIST_ERA_OFFSET;
  const monthIndex = Number(month) - 1;
  const date = new Date(Date.UTC(ceYear, monthIndex, Number(day)));
  // 31 April or 29 February 2569 (2026) roll over into the next month: no such date.
  if (
    date.getUTCFullYear() !== ceYear ||
    date.getUTCMonth() !== monthIndex ||
    date.getUTCDate() !== Number(day)
  ) {
    return { ok: false, problem: 'date_no_such_date' };
  }
  return { ok: true, isoDate: date.toISOString().slice(0, 10) };
}

/** The Buddhist-era year of today, for examples in messages. */
export function currentBuddhistYear(now = new Date()): number {
  return now.getFullYear() + BUDDHIST_ERA_OFFSET;
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
