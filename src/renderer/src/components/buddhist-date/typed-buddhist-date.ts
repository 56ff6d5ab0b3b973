import {
  parseBuddhistDate,
  type BuddhistDateInputProblem,
  type BuddhistYearRange,
} from '../../../../shared/thai';

/** Why what was typed is not a date the field takes: the parser's reasons, and a date after `maxDate`. */
export type TypedDateProblem = Exclude<BuddhistDateInputProblem, 'empty'> | 'after_max';

export type TypedDateResult =
  { ok: true; isoDate: string | null } | { ok: false; problem: TypedDateProblem };

/**
 * Reads a date typed as d/m/พ.ศ. (Thai or Arabic digits). Empty is "no date", left to the form's
 * schema to require; ISO dates compare as text, so `maxDate` needs no Date object.
 */
export function readTypedBuddhistDate(
  typed: string,
  { maxDate, range }: { maxDate?: string; range?: BuddhistYearRange } = {},
): TypedDateResult {
  if (typed.trim() === '') return { ok: true, isoDate: null };
  const result = parseBuddhistDate(typed, range);
  if (!result.ok) {
    return { ok: false, problem: result.reason === 'empty' ? 'format' : result.reason };
  }
  if (maxDate !== undefined && result.isoDate > maxDate) return { ok: false, problem: 'after_max' };
  return { ok: true, isoDate: result.isoDate };
}
