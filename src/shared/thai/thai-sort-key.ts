/**
 * A sort key for Thai names that plain byte order (SQLite's BINARY collation, an index) puts in
 * Thai dictionary order, so the case list sorts by name on an index instead of collating 100,000
 * rows per page. Minimal version (the intake work owns the full one):
 * - a leading vowel (เ แ โ ใ ไ) is written before its consonant but sorted after it, so it is
 *   moved behind the consonant: เกษม sorts under ก, before ขวัญ;
 * - tone marks, mai taikhu and thanthakhat (่ ้ ๊ ๋ ็ ์) weigh less than letters: they are left
 *   out of the first part and appended after a separator, which only breaks ties;
 * - Latin is compared in lower case; the text as typed ends the key, for a stable order.
 * Thai letters are in dictionary order in Unicode (consonants ก–ฮ, then the vowels), and UTF-8
 * keeps code point order, so the rest is byte order.
 */
const LEADING_VOWEL = /([\u0E40-\u0E44])([\u0E01-\u0E2E])/gu;
const MINOR_MARKS = /[\u0E47-\u0E4C]/gu;
const SEPARATOR = '\u0001';

export function thaiSortKey(text: string): string {
  const folded = text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  const swapped = folded.replace(LEADING_VOWEL, '$2$1');
  const letters = swapped.replace(MINOR_MARKS, '');
  const marks = (swapped.match(MINOR_MARKS) ?? []).join('');
  return [letters, marks, folded].join(SEPARATOR);
}
