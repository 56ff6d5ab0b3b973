/**
 * Names reduced to a matching key for duplicate detection: the same person typed twice, by two
 * clerks, with and without a title, a tone mark or an invisible character, gives the same key.
 * The key is for comparing only; names are stored and shown as typed.
 */

/**
 * Zero-width spaces, joiners, soft hyphens and other format characters (Unicode Cf) come in with
 * copied text and are invisible on screen.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** Tone marks ่ ้ ๊ ๋ and mai taikhu ็: the commonest spelling variation between two typists. */
const TONE_AND_SHORTENING_MARKS = /[\u0E47-\u0E4B]/g;
/** นิคหิต + สระอา, typed for สระอำ (the keyboard has both ways to write น้ำ). */
const SPLIT_SARA_AM = /\u0E4D\u0E32/g;
/** Two สระเอ typed for one สระแอ: they look the same on screen. */
const DOUBLED_SARA_E = /\u0E40\u0E40/g;
const WHITESPACE = /\s+/gu;

/** Everything in the key except title removal: one spelling for what looks the same. */
function foldCharacters(text: string): string {
  return text
    .replace(FORMAT_CHARACTERS, '')
    .normalize('NFC')
    .replace(TONE_AND_SHORTENING_MARKS, '')
    .replace(SPLIT_SARA_AM, '\u0E33')
    .replace(DOUBLED_SARA_E, '\u0E41')
    .toLowerCase()
    .normalize('NFC')
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * Titles dropped from the start of a name, longest first so that นางสาว is not read as นาง + สาว.
 * They are folded like names, since the key has lost its tone marks before titles are looked for.
 */
const WORD_TITLES = ['ว่าที่ร้อยตรีหญิง', 'ว่าที่ร้อยตรี', 'เด็กหญิง', 'เด็กชาย', 'นางสาว', 'นาย', 'นาง'].map(
  foldCharacters,
);
/** Dotted abbreviations end unambiguously, so they are dropped even against the name (น.ส.สมศรี). */
const ABBREVIATED_TITLES = [
  'ว่าที่ ร.ต.',
  'ว่าที่ร.ต.',
  'ร.ต.',
  'ด.ญ.',
  'ด.ช.',
  'น.ส.',
  'ดร.',
  'ผศ.',
  'รศ.',
  'ศ.',
].map(foldCharacters);
const LATIN_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'master', 'mstr', 'dr']);
const LATIN_TITLE = /^([a-z]+)(?:\.\s*|\s+)/;
/**
 * A word title written against the name is dropped only when what follows can begin a Thai
 * syllable (a consonant or a leading vowel เ แ โ ใ ไ): "นายสมชาย" loses นาย, "นายิกา" keeps it.
 */
const STARTS_A_SYLLABLE = /^[\u0E01-\u0E2E\u0E40-\u0E44]/;

function withoutLeadingTitle(key: string): string | null {
  const abbreviation = ABBREVIATED_TITLES.find((title) => key.startsWith(title));
  if (abbreviation !== undefined) return key.slice(abbreviation.length);
  for (const title of WORD_TITLES) {
    if (!key.startsWith(title)) continue;
    const rest = key.slice(title.length);
    if (rest.startsWith(' ') || STARTS_A_SYLLABLE.test(rest)) return rest;
  }
  const latin = LATIN_TITLE.exec(key);
  if (latin && LATIN_TITLES.has(latin[1] ?? '')) return key.slice(latin[0].length);
  return null;
}

/**
 * The matching key: NFC, no format characters, no tone marks, one spelling of สระอำ and สระแอ,
 * Latin in lower case, single spaces, and no titles in front (several are dropped in turn:
 * "ว่าที่ร้อยตรี ดร. …"). Idempotent: the key of a key is itself.
 */
export function normaliseThaiName(name: string): string {
  let key = foldCharacters(name);
  for (let rest = withoutLeadingTitle(key); rest !== null; rest = withoutLeadingTitle(key)) {
    key = rest.trimStart();
  }
  return key;
}

/** Whether two names are the same once reduced to their keys. */
export function sameThaiName(a: string, b: string): boolean {
  return normaliseThaiName(a) === normaliseThaiName(b);
}
