import {
  parseBuddhistDate,
  parseIsoDate,
  toBuddhistYear,
  type BuddhistDateInputProblem,
} from '../../../../shared/thai';

/** An ISO day as a clerk types it: `2/12/2569` (day/month/พ.ศ. year). */
export function isoToBuddhistText(isoDate: string): string {
  if (!isoDate) return '';
  const { year, month, day } = parseIsoDate(isoDate);
  return `${day}/${month}/${toBuddhistYear(year)}`;
}

/** The `cases:formErrors` key for a refused typed date. */
export function beDateErrorKey(problem: BuddhistDateInputProblem) {
  return problem === 'empty' ? 'be_date_format' : (`be_date_${problem}` as const);
}

export type BuddhistTextResult =
  { ok: true; isoDate: string | null } | { ok: false; message: ReturnType<typeof beDateErrorKey> };

/** Typed text → ISO day; an empty box is no date (for optional fields and filters). */
export function buddhistTextToIso(typed: string): BuddhistTextResult {
  if (typed.trim() === '') return { ok: true, isoDate: null };
  const result = parseBuddhistDate(typed);
  return result.ok
    ? { ok: true, isoDate: result.isoDate }
    : { ok: false, message: beDateErrorKey(result.reason) };
}
