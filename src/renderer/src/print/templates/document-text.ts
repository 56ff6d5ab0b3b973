import { formatBuddhistDate, withDigits } from '../../../../shared/thai';

/**
 * How the templates print numbers and dates. Official documents are Thai whatever the UI language,
 * and an office may print Thai digits (๐–๙) throughout: every piece of text that can hold a digit
 * goes through `digits`, so a setting of "Thai digits" never leaves an Arabic one behind.
 */
export function digits(text: string, thaiDigits: boolean): string {
  return withDigits(text, thaiDigits ? 'thai' : 'arabic');
}

/**
 * "26 พฤศจิกายน 2569". A snapshot with a date that is not a real one (it should never happen: the
 * core writes it) still prints, as it was stored, rather than leaving the page blank.
 */
export function longThaiDate(isoDate: string, thaiDigits: boolean): string {
  try {
    return formatBuddhistDate(isoDate, 'th', {
      style: 'long',
      digits: thaiDigits ? 'thai' : 'arabic',
    });
  } catch {
    return digits(isoDate, thaiDigits);
  }
}

/** "ให้ไว้ ณ วันที่ 26 พฤศจิกายน พ.ศ. 2569": the certificate says the era in words. */
export function certificateGivenOn(isoDate: string, thaiDigits: boolean): string {
  const date = longThaiDate(isoDate, thaiDigits);
  const withEra = date.replace(/ ([0-9๐-๙]{4})$/u, ' พ.ศ. $1');
  return `ให้ไว้ ณ วันที่ ${withEra}`;
}

/** A list item's number ("๑." or "1."), used only when the list has more than one item. */
export function listNumber(index: number, thaiDigits: boolean): string {
  return digits(`${index + 1}.`, thaiDigits);
}
