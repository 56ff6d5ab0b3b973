/**
 * A sort key for Thai names: a string whose plain code-point order (SQLite's BINARY collation,
 * which compares UTF-8 bytes) agrees with `Intl.Collator('th')`. SQLite has no Thai collation and
 * a custom one would have to be registered on every connection (and could not exist in another
 * engine), so the core stores this key beside the name and sorts by it with an ordinary index
 * (ADR 0016).
 *
 * It follows the three levels of ICU's Thai collation:
 * 1. primary — the letters: digits, then Thai consonants (ฤ after ร, ฦ after ล), then Thai vowels,
 *    then Latin letters. A leading vowel (เ แ โ ใ ไ) is weighed after the consonant it precedes,
 *    as it is spoken: เกษม sorts under ก.
 * 2. secondary — the tone marks, mai taikhu, thanthakhat: ignored until the letters are equal.
 * 3. tertiary — case, lower first, and า before ๅ (Thai and Arabic digits are equal).
 * Spaces and punctuation are ignored, as `Intl.Collator('th')` ignores them.
 *
 * The tables are written out, not read from Intl at run time, so that every PC and every ICU
 * version computes the same key for the same name (a stored key must not drift); the tests check
 * them against Intl.
 */

/** Primary classes in order; characters in one string are equal at the primary level. */
const PRIMARY_CLASSES: readonly string[] = [
  '฿',
  '0๐',
  '1๑',
  '2๒',
  '3๓',
  '4๔',
  '5๕',
  '6๖',
  '7๗',
  '8๘',
  '9๙',
  ...'กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยร',
  'ฤ',
  'ล',
  'ฦ',
  ...'วศษสหฬอฮ',
  ...'ํะั',
  'าๅ',
  ...'ำิีึืุูเแโใไฺ',
  ...'abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => letter + letter.toUpperCase()),
];

/** Secondary marks, lightest first: primary-ignorable, they weigh only when letters are equal. */
const SECONDARY_MARKS = '\u0E4E\u0E4C\u0E47\u0E48\u0E49\u0E4A\u0E4B';

/** Leading vowels, written before the consonant they follow in speech. */
const LEADING_VOWEL = /([\u0E40-\u0E44])([\u0E01-\u0E2E])/g;
/** Thai characters the Thai collation ignores: ฯ (paiyannoi), ๆ (mai yamok), ๏ ๚ ๛. */
const IGNORED_THAI = /[\u0E2F\u0E46\u0E4F\u0E5A\u0E5B]/;
/** Spaces and punctuation (ignored by `Intl.Collator('th')`, whose `ignorePunctuation` is on). */
const IGNORED = /[\p{White_Space}\p{P}]/u;
const LATIN_ACCENT = /[\u0300-\u036F]/;

const LEVEL_SEPARATOR = '\u0001';
/** Weights start above the separator, so a shorter key sorts before any key it begins. */
const FIRST_WEIGHT = 0x21;
/** Characters not in the tables sort after every known one, among themselves by code point. */
const UNKNOWN_WEIGHT = '\u00FF';
/** The secondary weight of a letter; every mark weighs more. */
const COMMON = weight(0);

interface Weights {
  primary: string;
  secondary: string;
  tertiary: string;
}

function weight(rank: number): string {
  return String.fromCharCode(FIRST_WEIGHT + rank);
}

const LETTERS = new Map<string, Weights>();
PRIMARY_CLASSES.forEach((members, rank) => {
  [...members].forEach((character, index) => {
    // Members differ at the third level in their order (a before A, า before ๅ), except digits:
    // Thai and Arabic digits are equal.
    const variant = /\p{Nd}/u.test(character) ? 0 : index;
    LETTERS.set(character, { primary: weight(rank), secondary: COMMON, tertiary: weight(variant) });
  });
});
const MARKS = new Map<string, string>(
  [...SECONDARY_MARKS].map((mark, rank) => [mark, weight(rank + 1)]),
);

function weightsOf(character: string): Weights | null {
  const letter = LETTERS.get(character);
  if (letter) return letter;
  const mark = MARKS.get(character);
  if (mark !== undefined) return { primary: '', secondary: mark, tertiary: COMMON };
  if (LATIN_ACCENT.test(character))
    return { primary: '', secondary: weight(SECONDARY_MARKS.length + 1), tertiary: COMMON };
  if (IGNORED.test(character) || IGNORED_THAI.test(character)) return null;
  return { primary: UNKNOWN_WEIGHT + character, secondary: COMMON, tertiary: COMMON };
}

/**
 * The key of a name (usually first name, a space and last name). Equal keys mean the collator
 * finds the names equal; the key is for ordering only and is never shown.
 */
export function thaiSortKey(text: string): string {
  const reordered = text.normalize('NFD').replace(LEADING_VOWEL, '$2$1');
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (const character of reordered) {
    const weights = weightsOf(character);
    if (!weights) continue;
    primary += weights.primary;
    secondary += weights.secondary;
    tertiary += weights.tertiary;
  }
  return `${primary}${LEVEL_SEPARATOR}${secondary}${LEVEL_SEPARATOR}${tertiary}`;
}
