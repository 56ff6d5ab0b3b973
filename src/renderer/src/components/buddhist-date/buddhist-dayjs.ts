import dayjs from 'dayjs';
import buddhistEra from 'dayjs/plugin/buddhistEra';
import 'dayjs/locale/th';

/**
 * Mantine Dates formats with dayjs; the `buddhistEra` plugin adds the `BBBB` token (year + 543).
 * Extending once here, at import, is enough: Mantine uses the same dayjs instance (a peer
 * dependency), so its calendar headers and day labels format `BBBB` too.
 */
dayjs.extend(buddhistEra);

/** The typed and shown form: "5/3/2530" — the same text a clerk types, so editing never changes it. */
export const BE_VALUE_FORMAT = 'D/M/BBBB';
/** Both languages show พ.ศ. years; only the month names follow the language (docs/domain.md). */
export const BE_MONTH_LABEL = 'MMMM BBBB';
export const BE_YEAR_LABEL = 'BBBB';
export const BE_DAY_LABEL = 'D MMMM BBBB';

export function formatBuddhist(isoDate: string, format: string, locale: string): string {
  return dayjs(isoDate).locale(locale).format(format);
}
