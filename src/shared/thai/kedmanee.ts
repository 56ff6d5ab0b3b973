/**
 * The Thai Kedmanee keyboard (TIS 820-2538, the layout Windows calls "Thai Kedmanee"): what each
 * key of a US keyboard types when the PC's layout is Thai. A USB barcode scanner in keyboard mode
 * sends key presses, not characters, so with the Thai layout active a scanned certificate code
 * `KN1.eyJz…` arrives as `ษ์ๅใ…`. Mapping the characters back to their keys recovers the code.
 * Every key types a different character, so the mapping back is exact. Some keys type ASCII in
 * the Thai layout too (`2` types `/`, `3` types `-`), which is why a whole string is mapped back,
 * never only its Thai letters.
 */
const US_KEYS_UNSHIFTED = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./";
const THAI_UNSHIFTED = '_ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ';
const US_KEYS_SHIFTED = '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?';
const THAI_SHIFTED = '%+๑๒๓๔ู฿๕๖๗๘๙๐"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ';

function pairs(keys: string, thai: string): [string, string][] {
  const keyList = [...keys];
  const thaiList = [...thai];
  if (keyList.length !== thaiList.length) throw new Error('Kedmanee rows differ in length');
  return keyList.map((key, index) => [thaiList[index]!, key]);
}

const THAI_TO_US = new Map<string, string>([
  ...pairs(US_KEYS_UNSHIFTED, THAI_UNSHIFTED),
  ...pairs(US_KEYS_SHIFTED, THAI_SHIFTED),
]);

const US_TO_THAI = new Map<string, string>([...THAI_TO_US].map(([thai, key]) => [key, thai]));

/** What the US keys of `text` type in the Thai layout (for tests and for showing the problem). */
export function usKeysToKedmanee(text: string): string {
  return [...text].map((char) => US_TO_THAI.get(char) ?? char).join('');
}

/** The US-layout characters of the keys that typed `text` in the Thai layout. */
export function kedmaneeToUsKeys(text: string): string {
  return [...text].map((char) => THAI_TO_US.get(char) ?? char).join('');
}

/** Whether `text` holds any Thai character (U+0E00–U+0E7F). */
export function hasThai(text: string): boolean {
  return /[\u0E00-\u0E7F]/.test(text);
}
